package com.creatorcompass.streams.oracle;

import static com.creatorcompass.streams.oracle.StoreKeys.END;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.stream.HashtagDay;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.SeriesKeys.OwnerDay;
import com.creatorcompass.streams.topology.StreamSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per hashtag per posting day: keeps each video's latest standing under the tag (arriving keyed by
 * hashtag from the creators' partitions) and recomputes the marked days in batches.
 */
class HashtagTrendProcessor implements Processor<String, HashtagVideo, String, Object> {

    private final StreamSettings settings;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, HashtagVideo> videos;
    private KeyValueStore<String, String> dirty;

    HashtagTrendProcessor(StreamSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        videos = context.getStateStore(StateStores.HASHTAG_VIDEOS);
        dirty = context.getStateStore(StateStores.DIRTY_HASHTAG_DAYS);
        context.schedule(settings.flushInterval(), PunctuationType.WALL_CLOCK_TIME, this::flush);
    }

    @Override
    public void process(Record<String, HashtagVideo> record) {
        HashtagVideo video = record.value();
        String day = StoreKeys.day(video.hashtag(), video.postedDay());
        String key = day + "|" + video.videoId();
        if (video.removed()) {
            videos.delete(key);
        } else {
            videos.put(key, video);
        }
        dirty.put(day, "");
    }

    private void flush(long now) {
        for (String key : StateStores.keys(dirty)) {
            OwnerDay hashtagDay = StoreKeys.dayOf(key);
            String hashtag = hashtagDay.owner();
            LocalDate day = hashtagDay.day();
            List<Double> rates = new ArrayList<>();
            Set<String> creators = new HashSet<>();
            long views = 0;
            boolean rounded = false;
            List<HashtagVideo> onDay = new ArrayList<>(
                    StateStores.range(videos, key + "|", key + "|" + END).values());
            for (HashtagVideo video : onDay) {
                views += video.views();
                creators.add(video.creatorId());
                rounded |= video.rounded();
                if (video.engagementRate() != null) {
                    rates.add(video.engagementRate());
                }
            }
            HashtagDay row = onDay.isEmpty()
                    ? null
                    : new HashtagDay(hashtag, day, onDay.size(), creators.size(), views, Medians.of(rates), rounded);
            context.forward(new Record<>(SeriesKeys.hashtagDay(hashtag, day), row, now), Outputs.HASHTAGS);
            dirty.delete(key);
        }
    }
}
