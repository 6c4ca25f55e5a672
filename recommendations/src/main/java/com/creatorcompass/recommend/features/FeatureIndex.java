package com.creatorcompass.recommend.features;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every tracked creator's features at one moment, and the topic model they were weighted by. */
public final class FeatureIndex {

    private final List<CreatorFeatures> creators;
    private final Map<String, CreatorFeatures> byHandle;
    private final TopicModel model;

    public FeatureIndex(List<CreatorFeatures> creators, TopicModel model) {
        this.creators = List.copyOf(creators);
        this.byHandle = this.creators.stream().collect(Collectors.toMap(CreatorFeatures::handle, Function.identity()));
        this.model = model;
    }

    public List<CreatorFeatures> creators() {
        return creators;
    }

    public Optional<CreatorFeatures> byHandle(String handle) {
        return Optional.ofNullable(byHandle.get(handle));
    }

    public TopicModel model() {
        return model;
    }
}
