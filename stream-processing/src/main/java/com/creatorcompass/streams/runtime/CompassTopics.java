package com.creatorcompass.streams.runtime;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.topology.CompassTopology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics before anything uses them, each with the settings its role needs: the event
 * topic keeps everything (records carry event time, which may be months old, so time-based deletion
 * would drop backfills at once); output tables are compacted; the hashtag hand-over uses broker time.
 */
public final class CompassTopics {

    /**
     * {@code segment.ms} of every topic whose records carry event time (the event topic, the output tables
     * and the stream's changelogs). A broker rolls a segment once its records' timestamps span this; with
     * the 7-day default a backfill of 180 days rolled a segment every 7 days of history, and each roll
     * of a compacted topic set the log cleaner to work (3 % of the demo's first minute). Segments roll
     * by size instead.
     */
    public static final String SEGMENT_MS = String.valueOf(Duration.ofDays(3650).toMillis());

    private final Admin admin;
    private final int partitions;
    private final short replication;

    public CompassTopics(Admin admin, int partitions, short replication) {
        this.admin = admin;
        this.partitions = partitions;
        this.replication = replication;
    }

    public void ensureEventTopic() {
        create(List.of(topic(
                Topics.EVENTS,
                Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.SEGMENT_MS_CONFIG, SEGMENT_MS))));
    }

    public void ensureGeneration(int generation) {
        List<NewTopic> topics = new ArrayList<>();
        for (String output : Topics.OUTPUTS) {
            topics.add(topic(
                    Topics.output(output, generation),
                    Map.of(
                            TopicConfig.CLEANUP_POLICY_CONFIG,
                            TopicConfig.CLEANUP_POLICY_COMPACT,
                            TopicConfig.SEGMENT_MS_CONFIG,
                            SEGMENT_MS)));
        }
        topics.add(topic(
                CompassTopology.hashtagVideosTopic(generation),
                Map.of(
                        TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG,
                        "LogAppendTime",
                        TopicConfig.RETENTION_MS_CONFIG,
                        String.valueOf(7L * 24 * 3600 * 1000))));
        create(topics);
    }

    /** Deletes a retired generation's topics (its output tables and the application's internal topics). */
    public void deleteGeneration(int generation) {
        try {
            Set<String> names = admin.listTopics().names().get();
            String prefix = Topics.applicationId(generation) + "-";
            List<String> doomed = names.stream()
                    .filter(name -> name.startsWith(prefix) || name.startsWith(Topics.generationPrefix(generation)))
                    .toList();
            admin.deleteTopics(doomed).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not delete the topics of generation " + generation, e.getCause());
        }
    }

    private NewTopic topic(String name, Map<String, String> config) {
        return new NewTopic(name, partitions, replication).configs(config);
    }

    private void create(List<NewTopic> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            admin.createTopics(missing).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + topics, e.getCause());
            }
        }
    }
}
