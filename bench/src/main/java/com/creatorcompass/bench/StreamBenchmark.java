package com.creatorcompass.bench;

import com.creatorcompass.app.kafka.InProcessKafka;
import com.creatorcompass.contracts.EventRevisions;
import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.json.CompassJson;
import com.creatorcompass.streams.runtime.CompassTopics;
import com.creatorcompass.streams.runtime.ConsumerLag;
import com.creatorcompass.streams.runtime.StreamsRunner;
import com.creatorcompass.streams.topology.CompassTopology;
import com.creatorcompass.streams.topology.StreamSettings;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stream throughput: a history of scrapes (one profile and N videos each) on the event topic of the
 * in-process broker, read once by a plain consumer (the baseline: the raw consume rate of the same
 * topic) and once by the whole topology from scratch until it has committed every record. Then
 * freshness: the demo configuration in one process, a scrape sent through the command gateway, and
 * the time until its growth row is in PostgreSQL.
 */
final class StreamBenchmark {

    private static final int FRESHNESS_SAMPLES = 200;
    /** The app's setting by default; -Dbench.commit-interval-ms=1000 shows what a longer one buys. */
    private static final int COMMIT_INTERVAL_MS = Integer.getInteger("bench.commit-interval-ms", 200);

    private StreamBenchmark() {}

    static void run(BenchOptions options) throws Exception {
        throughput(options);
        freshness();
    }

    private static void throughput(BenchOptions options) throws Exception {
        Path dir = Files.createTempDirectory("compass-stream-bench");
        try (InProcessKafka kafka = InProcessKafka.startOrAttach(dir.resolve("kafka"), 0);
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            CompassTopics topics = new CompassTopics(admin, 4, (short) 1);
            topics.ensureEventTopic();
            topics.ensureGeneration(1);
            long start = System.nanoTime();
            long events = produce(kafka.bootstrapServers(), options);
            double produceSeconds = (System.nanoTime() - start) / 1e9;

            double rawRate = rawConsumeRate(kafka.bootstrapServers(), events);

            ConsumerLag lag = new ConsumerLag(admin);
            List<String> inputs = List.of(Topics.EVENTS, CompassTopology.hashtagVideosTopic(1));
            long began = System.nanoTime();
            try (StreamsRunner streams = new StreamsRunner(
                            kafka.bootstrapServers(),
                            1,
                            StreamSettings.defaults(),
                            dir.resolve("streams"),
                            1,
                            (short) 1,
                            overrides())
                    .start()) {
                do {
                    Thread.sleep(200);
                } while (lag.of(Topics.applicationId(1), inputs) > 0
                        || streams.state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING);
            }
            double topologyRate = events / ((System.nanoTime() - began) / 1e9);

            System.out.printf(
                    Locale.ROOT,
                    "%nStream throughput (%,d events: %d creators, scrapes of 1 profile + %d videos; "
                            + "in-process broker, 4 partitions, 1 stream thread, commit every %d ms)%n",
                    events,
                    options.creators(),
                    options.videos(),
                    COMMIT_INTERVAL_MS);
            System.out.printf(Locale.ROOT, "  produced                 %,12.0f events/s%n", events / produceSeconds);
            System.out.printf(
                    Locale.ROOT,
                    "  baseline: plain consumer %,12.0f records/s (raw consume rate of the same topic)%n",
                    rawRate);
            System.out.printf(
                    Locale.ROOT,
                    "  all topologies           %,12.0f events/s  ratio %.2f (aim 0.25)%n",
                    topologyRate,
                    topologyRate / rawRate);
            Figures.add(
                    "stream",
                    "all Kafka Streams topologies, 1 thread",
                    topologyRate,
                    "plain consumer of the same topic",
                    rawRate,
                    "events/s",
                    true);
        }
    }

    /** The publisher's format: JSON, keyed by creator, with id and type headers; a scrape an hour. */
    private static long produce(String bootstrap, BenchOptions options) throws Exception {
        int perScrape = 1 + options.videos();
        long scrapesPerCreator = Math.max(1, options.events() / ((long) options.creators() * perScrape));
        Instant epoch = Instant.parse("2026-01-01T00:00:00Z");
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        "bootstrap.servers",
                        bootstrap,
                        "linger.ms",
                        20,
                        "batch.size",
                        256 * 1024,
                        "compression.type",
                        "lz4"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (long s = 0; s < scrapesPerCreator; s++) {
                Instant at = epoch.plus(Duration.ofHours(s));
                for (int c = 0; c < options.creators(); c++) {
                    String creator = "creator-" + c;
                    long followers = 10_000 + c * 100L + s * (5 + c % 7);
                    send(
                            producer,
                            creator,
                            new ProfileSnapshotRecorded(
                                    creator,
                                    "s",
                                    at,
                                    SnapshotSource.SIMULATION,
                                    new ProfileObservation(
                                            at,
                                            null,
                                            null,
                                            creator,
                                            "",
                                            false,
                                            Count.exact(followers),
                                            Count.exact(10),
                                            Count.exact(followers * 9),
                                            Count.exact(s / 12))));
                    long newest = s / 12;
                    for (int v = 0; v < options.videos(); v++) {
                        long index = newest - v;
                        Instant posted = epoch.plus(Duration.ofHours(12 * index));
                        long age = Math.max(1, ChronoUnit.HOURS.between(posted, at));
                        long views = age * (100 + (index * 37 + c) % 400);
                        send(
                                producer,
                                creator,
                                new VideoSnapshotRecorded(
                                        creator,
                                        "s",
                                        at,
                                        SnapshotSource.SIMULATION,
                                        new VideoObservation(
                                                creator + "-v" + index,
                                                at,
                                                posted,
                                                "caption",
                                                List.of("tag" + (index % 20), "niche" + (c % 6)),
                                                30,
                                                Count.exact(views),
                                                Count.exact(views / 10),
                                                Count.exact(views / 100),
                                                Count.exact(views / 200),
                                                Count.exact(0))));
                    }
                    sent += perScrape;
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, CreatorEvent event) throws Exception {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.EVENTS, key, CompassJson.mapper().writeValueAsBytes(event));
        record.headers()
                .add(Topics.HEADER_EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_EVENT_TYPE, event.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8))
                .add(
                        Topics.HEADER_EVENT_VERSION,
                        EventRevisions.of(event.getClass()).getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static double rawConsumeRate(String bootstrap, long events) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers",
                        bootstrap,
                        "group.id",
                        "raw-" + UUID.randomUUID(),
                        "auto.offset.reset",
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS));
            long read = 0;
            long start = 0;
            while (read < events) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (start == 0 && !records.isEmpty()) {
                    start = System.nanoTime();
                }
                read += records.count();
            }
            return read / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** The app's settings, or -Dbench.streams.<key>=<value> overrides to try others. */
    private static Map<String, Object> overrides() {
        Map<String, Object> overrides =
                new java.util.HashMap<>(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench.streams."))
                .forEach(name -> overrides.put(name.substring("bench.streams.".length()), System.getProperty(name)));
        return overrides;
    }

    /** The demo configuration; one scrape at a time, timed from its acceptance to its growth row. */
    private static void freshness() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Path dir = Files.createTempDirectory("compass-freshness-bench");
        try (ConfigurableApplicationContext app = PipelineApp.start(database, dir)) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            String creatorId = commands.sendAndWait(new TrackCreator("freshness.bench", "bench"));
            List<Double> millis = new ArrayList<>();
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(FRESHNESS_SAMPLES + 11));
            for (int i = 0; i < FRESHNESS_SAMPLES + 10; i++) {
                Instant captured = at.plus(Duration.ofDays(i));
                ProfileObservation profile = new ProfileObservation(
                        captured,
                        "1",
                        "sec",
                        "Bench",
                        "",
                        false,
                        Count.exact(1_000 + i),
                        Count.exact(1),
                        Count.exact(10_000 + i),
                        Count.exact(i));
                commands.sendAndWait(new RecordScrape(
                        creatorId, UUID.randomUUID().toString(), SnapshotSource.SIMULATION, profile, List.of()));
                long accepted = System.nanoTime();
                while (jdbc.queryForObject(
                                "select count(*) from series.creator_growth_daily where creator_id = ? and closed_at = ?",
                                Long.class,
                                creatorId,
                                java.sql.Timestamp.from(captured))
                        == 0) {
                    Thread.sleep(2);
                    if (System.nanoTime() - accepted > 30_000_000_000L) {
                        throw new IllegalStateException("no growth row 30 s after the scrape");
                    }
                }
                if (i >= 10) {
                    millis.add((System.nanoTime() - accepted) / 1e6);
                }
                Thread.sleep(50);
            }
            Collections.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "%nFreshness: command accepted → growth row in PostgreSQL (%d scrapes, demo configuration)%n",
                    millis.size());
            System.out.printf(
                    Locale.ROOT,
                    "  p50 %.0f ms  p95 %.0f ms  max %.0f ms (aim p95 < 2000 ms)%n",
                    millis.get(millis.size() / 2),
                    millis.get((int) (millis.size() * 0.95)),
                    millis.get(millis.size() - 1));
        }
    }
}
