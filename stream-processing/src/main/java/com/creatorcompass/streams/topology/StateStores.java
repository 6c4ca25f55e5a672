package com.creatorcompass.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The state stores' names, and reads over whole key ranges, each closing its iterator. */
final class StateStores {

    static final String PROFILE_CLOSES = "profile-closes";
    static final String VIDEO_SERIES = "video-series";
    static final String VIDEOS = "videos";
    static final String POSTED = "videos-by-posting-time";
    static final String VELOCITY = "velocity";
    static final String DIRTY_DAYS = "dirty-engagement-days";
    static final String ACTIVE_ALERTS = "active-alerts";
    static final String HASHTAG_VIDEOS = "hashtag-videos";
    static final String DIRTY_HASHTAG_DAYS = "dirty-hashtag-days";

    private StateStores() {}

    /** Entries with keys in [from, to], in key order. */
    static <V> TreeMap<String, V> range(KeyValueStore<String, V> store, String from, String to) {
        TreeMap<String, V> entries = new TreeMap<>();
        try (KeyValueIterator<String, V> it = store.range(from, to)) {
            it.forEachRemaining(entry -> entries.put(entry.key, entry.value));
        }
        return entries;
    }

    static List<String> keys(KeyValueStore<String, String> store) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.all()) {
            it.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }
}
