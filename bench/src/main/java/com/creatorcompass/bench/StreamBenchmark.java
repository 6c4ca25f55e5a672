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
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stream throughput: a history of scrapes (one profile and N videos each) on the event topic of the
 * in-process broker, read by the baselines — B1 a plain consumer of its bytes, B2 one that also decodes
 * them, each in a loop over the topic for {@link #MEASURED} after a warm-up — then by the pass-through
 * topology (Kafka Streams' floor) and by the analytics topology, each timed in its steady state only
 * ({@link StreamProgress}). Then freshness: the demo configuration in one process, a scrape sent through
 * the command gateway, and the time until its growth row is in PostgreSQL.
 */
final class StreamBenchmark {

    private static final int FRESHNESS_SAMPLES = 200;
    private static final int PARTITIONS = 4;
    /** What a baseline is timed over, and at least what a topology's steady state adds up to. */
    private static final Duration MEASURED = Duration.ofSeconds(30);

    private static final Duration BASELINE_WARM_UP = Duration.ofSeconds(5);
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
            CompassTopics topics = new CompassTopics(admin, PARTITIONS, (short) 1);
            topics.ensureEventTopic();
            topics.ensureGeneration(1);
            admin.createTopics(PassThroughTopology.OUTPUTS.stream()
                            .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                            .toList())
                    .all()
                    .get();
            long start = System.nanoTime();
            long events = produce(kafka.bootstrapServers(), options);
            double produceSeconds = (System.nanoTime() - start) / 1e9;

            StreamBaselines.Rate plain =
                    StreamBaselines.plainConsumer(kafka.bootstrapServers(), BASELINE_WARM_UP, MEASURED);
            StreamBaselines.Rate decoding =
                    StreamBaselines.decodingConsumer(kafka.bootstrapServers(), BASELINE_WARM_UP, MEASURED);
            ConsumerLag lag = new ConsumerLag(admin);
            StreamProgress.Window floor = passThrough(kafka.bootstrapServers(), dir, lag, events);
            StreamProgress.Window analytics;
            try (StreamsRunner streams = new StreamsRunner(
                            kafka.bootstrapServers(),
                            1,
                            StreamSettings.defaults(),
                            dir.resolve("streams"),
                            1,
                            (short) 1,
                            overrides())
                    .start()) {
                analytics = StreamProgress.steadyState(
                        lag,
                        Topics.applicationId(1),
                        events,
                        List.of(Topics.EVENTS, CompassTopology.hashtagVideosTopic(1)),
                        Duration.ofHours(1));
            }

            System.out.printf(
                    Locale.ROOT,
                    "%nStream throughput (%,d events: %d creators, scrapes of 1 profile + %d videos, in order; "
                            + "in-process broker, %d partitions, 1 stream thread, commit every %d ms; steady state: "
                            + "baselines %d s after %d s of warm-up, topologies from %.0f %% of the events to the end)%n",
                    events,
                    options.creators(),
                    options.videos(),
                    PARTITIONS,
                    COMMIT_INTERVAL_MS,
                    MEASURED.toSeconds(),
                    BASELINE_WARM_UP.toSeconds(),
                    StreamProgress.WARMED_UP * 100);
            System.out.printf(
                    Locale.ROOT, "  produced                     %,12.0f events/s%n", events / produceSeconds);
            System.out.printf(
                    Locale.ROOT,
                    "  B1 plain consumer (bytes)    %,12.0f records/s (%,d in %.1f s)%n",
                    plain.perSecond(),
                    plain.records(),
                    plain.seconds());
            System.out.printf(
                    Locale.ROOT,
                    "  B2 consumer + decode         %,12.0f records/s (%,d in %.1f s)%n",
                    decoding.perSecond(),
                    decoding.records(),
                    decoding.seconds());
            System.out.printf(
                    Locale.ROOT,
                    "  pass-through topology        %,12.0f events/s (%,d in %.1f s; decode, one row out per event)%n",
                    floor.perSecond(),
                    floor.events(),
                    floor.seconds());
            System.out.printf(
                    Locale.ROOT,
                    "  analytics topology           %,12.0f events/s (%,d in %.1f s)  %.3f of B1 (aim 0.25), "
                            + "%.3f of B2, %.3f of the pass-through; B3 (a hand-written job) not built yet%n",
                    analytics.perSecond(),
                    analytics.events(),
                    analytics.seconds(),
                    analytics.perSecond() / plain.perSecond(),
                    analytics.perSecond() / decoding.perSecond(),
                    analytics.perSecond() / floor.perSecond());
            if (analytics.seconds() < MEASURED.toSeconds()) {
                System.out.printf(
                        Locale.ROOT,
                        "  (the analytics topology's steady state lasted %.1f s, under %d s: raise --events)%n",
                        analytics.seconds(),
                        MEASURED.toSeconds());
            }
            Figures.add(
                    "stream",
                    "analytics topology, 1 thread, steady state",
                    analytics.perSecond(),
                    "B1: plain consumer of the same topic",
                    plain.perSecond(),
                    "events/s",
                    true);
            Figures.add(
                    "stream",
                    "analytics topology, 1 thread, steady state",
                    analytics.perSecond(),
                    "pass-through topology (decode, one row out)",
                    floor.perSecond(),
                    "events/s",
                    true);
        }
    }

    /**
     * The pass-through topology over the whole topic, from the beginning under a new application id each
     * time, until its steady-state windows add up to {@link #MEASURED}.
     */
    private static StreamProgress.Window passThrough(String bootstrap, Path dir, ConsumerLag lag, long events)
            throws InterruptedException {
        StreamProgress.Window total = new StreamProgress.Window(0, 0);
        for (int pass = 1; total.seconds() < MEASURED.toSeconds() && pass <= 10; pass++) {
            String applicationId = "bench-pass-through-" + pass;
            Properties config = new Properties();
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(
                    StreamsConfig.STATE_DIR_CONFIG, dir.resolve("pass-through").toString());
            config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
            config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
            config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
            try (KafkaStreams streams = new KafkaStreams(PassThroughTopology.build(), config)) {
                streams.start();
                total = total.plus(StreamProgress.steadyState(
                        lag, applicationId, events, List.of(Topics.EVENTS), Duration.ofMinutes(10)));
            }
        }
        return total;
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
