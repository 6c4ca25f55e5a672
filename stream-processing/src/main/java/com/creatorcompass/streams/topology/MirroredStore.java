package com.creatorcompass.streams.topology;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A state store read through a mirror in memory of whole owners' entries (a creator's daily closes or
 * posting-time index, a video's velocity values), decoded once and ordered by their own key ({@code K}: a
 * day, a posting-time key) so that "the close before", "the 30 videos before this one" and "the days in
 * this window" are tree look-ups, not store range scans: a range read of a cached Kafka Streams store
 * copies every cached key in the range and decodes every value it passes, and its cost grew with history.
 * (A video's observations grow without bound and have their own, partial mirror: {@link VideoObservations}.)
 *
 * <p>The processor that owns the store is its only writer and writes through this class, so the mirror
 * stays equal to the store. It starts empty when the processor is initialised (after the store has been
 * restored) and fills an owner at a time from one range read; it holds at most {@code maxEntries}
 * entries, forgetting the owners least recently used beyond that (they are read again when needed).
 *
 * @param <K> an entry's key within its owner, ordered as the store orders the keys
 */
final class MirroredStore<K extends Comparable<? super K>, V> {

    private final KeyValueStore<String, V> store;
    private final BiFunction<String, K, String> storeKey;
    private final Function<String, K> keyOf;
    private final int maxEntries;
    private final LinkedHashMap<String, TreeMap<K, V>> owners = new LinkedHashMap<>(64, 0.75f, true);
    private int entries;

    /**
     * @param storeKey the store's key of an owner's entry
     * @param keyOf an entry's key read back from the part of the store key after {@code owner|}
     */
    MirroredStore(
            KeyValueStore<String, V> store,
            BiFunction<String, K, String> storeKey,
            Function<String, K> keyOf,
            int maxEntries) {
        this.store = store;
        this.storeKey = storeKey;
        this.keyOf = keyOf;
        this.maxEntries = maxEntries;
    }

    /** The owner's entries in key order; a read-only view, current until the next write. */
    NavigableMap<K, V> of(String owner) {
        return Collections.unmodifiableNavigableMap(mirror(owner));
    }

    V get(String owner, K key) {
        return mirror(owner).get(key);
    }

    void put(String owner, K key, V value) {
        store.put(storeKey.apply(owner, key), value);
        if (mirror(owner).put(key, value) == null) {
            entries++;
            forgetBeyondLimit(owner);
        }
    }

    void delete(String owner, K key) {
        store.delete(storeKey.apply(owner, key));
        if (mirror(owner).remove(key) != null) {
            entries--;
        }
    }

    private TreeMap<K, V> mirror(String owner) {
        TreeMap<K, V> mirror = owners.get(owner);
        if (mirror == null) {
            mirror = read(owner);
            owners.put(owner, mirror);
            entries += mirror.size();
            forgetBeyondLimit(owner);
        }
        return mirror;
    }

    private TreeMap<K, V> read(String owner) {
        TreeMap<K, V> mirror = new TreeMap<>();
        String prefix = StoreKeys.prefix(owner);
        try (KeyValueIterator<String, V> it = store.range(prefix, prefix + StoreKeys.END)) {
            it.forEachRemaining(entry -> mirror.put(keyOf.apply(entry.key.substring(prefix.length())), entry.value));
        }
        return mirror;
    }

    private void forgetBeyondLimit(String keep) {
        Iterator<Map.Entry<String, TreeMap<K, V>>> eldest = owners.entrySet().iterator();
        while (entries > maxEntries && eldest.hasNext()) {
            Map.Entry<String, TreeMap<K, V>> owner = eldest.next();
            if (!owner.getKey().equals(keep)) {
                entries -= owner.getValue().size();
                eldest.remove();
            }
        }
    }
}
