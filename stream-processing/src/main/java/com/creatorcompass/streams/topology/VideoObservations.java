package com.creatorcompass.streams.topology;

import com.creatorcompass.streams.metrics.VideoPoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Every video's observations by capture time (milliseconds), read through a mirror in memory of each
 * recently used video's latest {@code perVideo} observations, decoded. A video is observed on every scrape
 * of its creator while it is among the 30 latest, so its history grows without bound (hundreds a day at a
 * two-minute schedule), while an in-order observation needs only its neighbours and the latest: a mirror of
 * whole histories either outgrew memory or, bounded, was forgotten and read again whole on every event.
 * Here a video's mirror holds the entries from {@code from} on, exactly; a question about earlier instants
 * goes to the store. The processor is the store's only writer and writes through this class.
 */
final class VideoObservations {

    /** How many of a video's latest observations its mirror holds: an hour of a two-minute schedule. */
    static final int PER_VIDEO = 32;

    /** A video's latest observations, complete from {@code from} on ({@code from} null: complete). */
    private static final class Recent {
        final TreeMap<Long, VideoPoint> entries = new TreeMap<>();
        Long from;
    }

    private final KeyValueStore<String, VideoPoint> store;
    private final int perVideo;
    private final int maxVideos;
    private final LinkedHashMap<String, Recent> videos = new LinkedHashMap<>(64, 0.75f, true);

    VideoObservations(KeyValueStore<String, VideoPoint> store, int perVideo, int maxVideos) {
        this.store = store;
        this.perVideo = perVideo;
        this.maxVideos = maxVideos;
    }

    VideoPoint get(String videoId, long at) {
        Recent recent = recent(videoId);
        return recent.from == null || at >= recent.from ? recent.entries.get(at) : store.get(StoreKeys.at(videoId, at));
    }

    void put(String videoId, long at, VideoPoint point) {
        store.put(StoreKeys.at(videoId, at), point);
        Recent recent = recent(videoId);
        if (recent.from != null && at < recent.from) {
            return;
        }
        recent.entries.put(at, point);
        if (recent.entries.size() > perVideo) {
            recent.entries.pollFirstEntry();
            recent.from = recent.entries.firstKey();
        }
    }

    /** The observation at or before {@code at}, or null. */
    Map.Entry<Long, VideoPoint> floor(String videoId, long at) {
        Recent recent = recent(videoId);
        Map.Entry<Long, VideoPoint> held = recent.entries.floorEntry(at);
        return held != null || recent.from == null ? held : lastInStore(videoId, Math.min(at, recent.from - 1));
    }

    /** The observation before {@code at}, or null. */
    Map.Entry<Long, VideoPoint> lower(String videoId, long at) {
        return floor(videoId, at - 1);
    }

    /** The observation at or after {@code at}, or null. */
    Map.Entry<Long, VideoPoint> ceiling(String videoId, long at) {
        Recent recent = recent(videoId);
        if (recent.from != null && at < recent.from) {
            Map.Entry<Long, VideoPoint> stored = firstInStore(videoId, at, recent.from - 1);
            if (stored != null) {
                return stored;
            }
        }
        return recent.entries.ceilingEntry(at);
    }

    /** The observation after {@code at}, or null. */
    Map.Entry<Long, VideoPoint> higher(String videoId, long at) {
        return ceiling(videoId, at + 1);
    }

    /** Every observation of the video, oldest first (from the store: rarely needed). */
    List<VideoPoint> all(String videoId) {
        List<VideoPoint> all = new ArrayList<>();
        String prefix = StoreKeys.prefix(videoId);
        try (KeyValueIterator<String, VideoPoint> it = store.range(prefix, prefix + StoreKeys.END)) {
            it.forEachRemaining(entry -> all.add(entry.value));
        }
        return all;
    }

    private Recent recent(String videoId) {
        Recent recent = videos.get(videoId);
        if (recent == null) {
            recent = read(videoId);
            videos.put(videoId, recent);
            Iterator<String> eldest = videos.keySet().iterator();
            while (videos.size() > maxVideos) {
                eldest.next();
                eldest.remove();
            }
        }
        return recent;
    }

    /** The video's latest {@code perVideo} observations, newest first from the store. */
    private Recent read(String videoId) {
        Recent recent = new Recent();
        String prefix = StoreKeys.prefix(videoId);
        try (KeyValueIterator<String, VideoPoint> it = store.reverseRange(prefix, prefix + StoreKeys.END)) {
            while (it.hasNext() && recent.entries.size() < perVideo) {
                var entry = it.next();
                recent.entries.put(millis(prefix, entry.key), entry.value);
            }
            if (it.hasNext()) {
                recent.from = recent.entries.firstKey();
            }
        }
        return recent;
    }

    private Map.Entry<Long, VideoPoint> lastInStore(String videoId, long atOrBefore) {
        String prefix = StoreKeys.prefix(videoId);
        try (KeyValueIterator<String, VideoPoint> it = store.reverseRange(prefix, StoreKeys.at(videoId, atOrBefore))) {
            if (!it.hasNext()) {
                return null;
            }
            var entry = it.next();
            return Map.entry(millis(prefix, entry.key), entry.value);
        }
    }

    private Map.Entry<Long, VideoPoint> firstInStore(String videoId, long from, long to) {
        String prefix = StoreKeys.prefix(videoId);
        try (KeyValueIterator<String, VideoPoint> it =
                store.range(StoreKeys.at(videoId, from), StoreKeys.at(videoId, to))) {
            if (!it.hasNext()) {
                return null;
            }
            var entry = it.next();
            return Map.entry(millis(prefix, entry.key), entry.value);
        }
    }

    private static long millis(String prefix, String key) {
        return Long.parseLong(key.substring(prefix.length()));
    }
}
