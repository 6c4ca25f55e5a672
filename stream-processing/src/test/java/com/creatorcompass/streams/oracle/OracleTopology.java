package com.creatorcompass.streams.oracle;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.streams.json.EventDeserializer;
import com.creatorcompass.streams.json.JsonSerde;
import com.creatorcompass.streams.metrics.ProfileClose;
import com.creatorcompass.streams.metrics.VideoPoint;
import com.creatorcompass.streams.topology.StreamSettings;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The oracle: the analytics topology as it stood before it was made to do O(1) work per in-order
 * event (main at 4c618a1), kept unchanged so that {@code OracleTest} can hold the new one to its
 * output tables. It shares the metric definitions ({@code streams.metrics}) and the output records; it
 * keeps its own state access. Not to be improved: its value is that it is the old code.
 *
 * <p>The analytics topology of one stream generation: the event topic into the creator processor
 * (growth, engagement series, velocity, engagement days, alerts), its hashtag standings re-keyed by
 * hashtag into the hashtag processor, and every output to its generation's table topic.
 */
public final class OracleTopology {

    private static final JsonSerde<Object> JSON = JsonSerde.json(Object.class);

    private OracleTopology() {}

    /** The topic carrying video standings from the creator partitions to the hashtag partitions. */
    public static String hashtagVideosTopic(int generation) {
        return Topics.applicationId(generation) + "-hashtag-videos";
    }

    /** Every topic the topology writes to or reads from besides the event topic; created before it starts. */
    public static List<String> topics(int generation) {
        List<String> topics = new java.util.ArrayList<>(
                Topics.OUTPUTS.stream().map(o -> Topics.output(o, generation)).toList());
        topics.add(hashtagVideosTopic(generation));
        return topics;
    }

    public static Topology build(int generation, StreamSettings settings, boolean inMemory) {
        Topology topology = new Topology();
        topology.addSource("events", new StringDeserializer(), new EventDeserializer(), Topics.EVENTS);
        topology.addProcessor("creators", () -> new CreatorAnalyticsProcessor(settings), "events");
        store(topology, inMemory, StateStores.PROFILE_CLOSES, JsonSerde.smile(ProfileClose.class), "creators");
        store(topology, inMemory, StateStores.VIDEO_SERIES, JsonSerde.smile(VideoPoint.class), "creators");
        store(topology, inMemory, StateStores.VIDEOS, JsonSerde.smile(VideoInfo.class), "creators");
        store(topology, inMemory, StateStores.POSTED, Serdes.String(), "creators");
        store(topology, inMemory, StateStores.VELOCITY, JsonSerde.smile(VideoVelocity.class), "creators");
        store(topology, inMemory, StateStores.DIRTY_DAYS, Serdes.String(), "creators");
        store(topology, inMemory, StateStores.ACTIVE_ALERTS, Serdes.String(), "creators");

        sink(topology, Outputs.GROWTH, Topics.output(Topics.GROWTH, generation), "creators");
        sink(topology, Outputs.VIDEO_SERIES, Topics.output(Topics.VIDEO_SERIES, generation), "creators");
        sink(topology, Outputs.VELOCITY, Topics.output(Topics.VELOCITY, generation), "creators");
        sink(topology, Outputs.ENGAGEMENT, Topics.output(Topics.ENGAGEMENT, generation), "creators");
        sink(topology, Outputs.ALERTS, Topics.output(Topics.ALERTS, generation), "creators");
        sink(topology, Outputs.HASHTAG_VIDEOS, hashtagVideosTopic(generation), "creators");

        topology.addSource(
                "hashtag-videos",
                new StringDeserializer(),
                JsonSerde.json(HashtagVideo.class).deserializer(),
                hashtagVideosTopic(generation));
        topology.addProcessor("hashtags", () -> new HashtagTrendProcessor(settings), "hashtag-videos");
        store(topology, inMemory, StateStores.HASHTAG_VIDEOS, JsonSerde.smile(HashtagVideo.class), "hashtags");
        store(topology, inMemory, StateStores.DIRTY_HASHTAG_DAYS, Serdes.String(), "hashtags");
        sink(topology, Outputs.HASHTAGS, Topics.output(Topics.HASHTAGS, generation), "hashtags");
        return topology;
    }

    private static <V> void store(Topology topology, boolean inMemory, String name, Serde<V> values, String processor) {
        KeyValueBytesStoreSupplier supplier =
                inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
        // Cached: repeated reads of a creator's recent state come from memory, and the changelog gets
        // one record per key per commit instead of one per write.
        topology.addStateStore(
                Stores.keyValueStoreBuilder(supplier, Serdes.String(), values).withCachingEnabled(), processor);
    }

    private static void sink(Topology topology, String name, String topic, String parent) {
        topology.addSink(name, topic, new StringSerializer(), JSON.serializer(), parent);
    }
}
