package com.creatorcompass.bench;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.recommend.Backtest;
import com.creatorcompass.contracts.recommend.CreatorFilter;
import com.creatorcompass.contracts.recommend.FindInsights;
import com.creatorcompass.contracts.recommend.FindSimilarCreators;
import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.InsightReport;
import com.creatorcompass.contracts.recommend.SimilarCreatorsFound;
import com.creatorcompass.contracts.recommend.WithheldInsight;
import com.creatorcompass.recommend.features.FeatureReader;
import com.creatorcompass.standin.PlantedEffects;
import com.creatorcompass.standin.SyntheticCreator;
import com.creatorcompass.standin.SyntheticProfile;
import com.creatorcompass.standin.SyntheticVideo;
import com.creatorcompass.standin.SyntheticWorld;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The offline evaluation of recommendations (docs/recommendations.md, "Evaluation"). The stand-in
 * site's creators (six niches, effects planted on purpose, PlantedEffects) are scraped every few
 * simulated days over 16 weeks — through the whole pipeline: commands, event store, warehouse,
 * Kafka Streams — then every creator is asked for its 10 most similar and its insights.
 * Similar creators: precision@10 and recall@10 against the niches, beside two baselines from the
 * same run (ranking by follower count alone, and the expectation of a random ranking). Insights: per
 * type, how often one is shown, its backtest hit rate, and whether it names the planted effect.
 */
final class RecommendationBenchmark {

    static final Duration HISTORY = Duration.ofDays(112);
    static final Duration SCRAPE_EVERY = Duration.ofDays(4);
    static final int VIDEOS_PER_SCRAPE = 30;

    private RecommendationBenchmark() {}

    static void run(BenchOptions options) throws Exception {
        int perNiche = Math.max(2, options.creators() / 6);
        SyntheticWorld world = new SyntheticWorld(7, perNiche);
        TestDatabase database = TestDatabases.fresh();
        Path dir = Files.createTempDirectory("compass-recommend-bench");
        try (ConfigurableApplicationContext app =
                PipelineApp.start(database, dir, "--compass.recommendations.check-every=0s")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
            long started = System.nanoTime();
            long snapshots = record(world, commands, end, options.threads());
            awaitPipeline(jdbc, world.creators().size(), snapshots);
            System.out.printf(
                    Locale.ROOT,
                    "Recommendation evaluation: %d cores, Java %s; %d synthetic creators (%d per niche, 6 niches), "
                            + "a scrape every %d days over %d days: %,d video snapshots through the pipeline in %.0f s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    world.creators().size(),
                    perNiche,
                    SCRAPE_EVERY.toDays(),
                    HISTORY.toDays(),
                    snapshots,
                    (System.nanoTime() - started) / 1e9);
            similarCreators(world, queries, jdbc, perNiche);
            insights(world, queries);
            speed(world, queries, jdbc, app.getBean(DSLContext.class));
        }
    }

    /** Every creator scraped every few days up to {@code end}: its profile and its 30 latest videos, as the scraper reads them. */
    private static long record(SyntheticWorld world, CommandGateway commands, Instant end, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> done = new ArrayList<>();
        for (SyntheticCreator creator : world.creators()) {
            done.add(pool.submit(() -> {
                String id = commands.sendAndWait(new TrackCreator(creator.handle(), "bench"));
                long videos = 0;
                for (Instant at = end.minus(HISTORY); !at.isAfter(end); at = at.plus(SCRAPE_EVERY)) {
                    List<VideoObservation> seen = new ArrayList<>();
                    for (SyntheticVideo v : world.videosAt(creator, at).stream()
                            .limit(VIDEOS_PER_SCRAPE)
                            .toList()) {
                        seen.add(new VideoObservation(
                                v.id(),
                                at,
                                v.postedAt(),
                                v.caption(),
                                v.hashtags(),
                                v.durationSeconds(),
                                Count.exact(v.views()),
                                Count.exact(v.likes()),
                                Count.exact(v.comments()),
                                Count.exact(v.shares()),
                                Count.exact(v.saves())));
                    }
                    SyntheticProfile p = world.profileAt(creator, at);
                    commands.sendAndWait(new RecordScrape(
                            id,
                            creator.handle() + "@" + at,
                            SnapshotSource.SIMULATION,
                            new ProfileObservation(
                                    at,
                                    creator.userId(),
                                    creator.secUid(),
                                    creator.nickname(),
                                    "",
                                    creator.verified(),
                                    Count.exact(p.followers()),
                                    Count.exact(p.following()),
                                    Count.exact(p.likes()),
                                    Count.exact(p.videoCount()),
                                    creator.regionShown() ? creator.region() : null,
                                    creator.language()),
                            seen));
                    videos += seen.size();
                }
                return videos;
            }));
        }
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }

    /** Until the warehouse holds every snapshot and the stream jobs have every creator's last day, steady for a second. */
    private static void awaitPipeline(JdbcTemplate jdbc, int creators, long snapshots) throws InterruptedException {
        String seen = "";
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            String now = jdbc.queryForObject(
                    "select (select count(*) from warehouse.fact_video_snapshot) || '|' "
                            + "|| (select count(*) from series.creator_engagement_daily) || '|' || (select count(*) from series.creator_growth_daily) "
                            + "|| '|' || (select count(distinct creator_id) from series.creator_engagement_daily)",
                    String.class);
            String[] parts = now.split("\\|");
            if (Long.parseLong(parts[0]) == snapshots && Integer.parseInt(parts[3]) == creators && now.equals(seen)) {
                return;
            }
            seen = now;
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("the pipeline did not settle in 10 minutes: " + seen);
    }

    private static void similarCreators(SyntheticWorld world, QueryGateway queries, JdbcTemplate jdbc, int perNiche) {
        Map<String, String> niche = new java.util.HashMap<>();
        world.creators().forEach(c -> niche.put(c.handle(), c.niche()));
        Map<String, Long> followers = new java.util.HashMap<>();
        jdbc.query("select handle, followers from analytics.creator_latest", r -> {
            followers.put(r.getString(1), r.getLong(2));
        });
        double precision = 0;
        double recall = 0;
        double sizePrecision = 0;
        int relevant = perNiche - 1;
        for (SyntheticCreator c : world.creators()) {
            SimilarCreatorsFound found = queries.query(
                            new FindSimilarCreators(c.handle(), false, null, List.of(), CreatorFilter.NONE, 10),
                            ResponseTypes.instanceOf(SimilarCreatorsFound.class))
                    .join();
            long hits = found.creators().stream()
                    .filter(s -> niche.get(s.handle()).equals(c.niche()))
                    .count();
            precision += hits / 10.0;
            recall += (double) hits / relevant;
            long sizeHits = world.creators().stream()
                    .filter(o -> !o.handle().equals(c.handle()))
                    .sorted(Comparator.comparingDouble(o ->
                            Math.abs(Math.log10(followers.get(o.handle())) - Math.log10(followers.get(c.handle())))))
                    .limit(10)
                    .filter(o -> o.niche().equals(c.niche()))
                    .count();
            sizePrecision += sizeHits / 10.0;
        }
        int n = world.creators().size();
        System.out.printf(
                Locale.ROOT,
                "%nSimilar creators (10 asked of each of %d creators; relevant: the %d others of its niche)%n",
                n,
                relevant);
        System.out.printf(
                Locale.ROOT,
                "  precision@10  %.3f   recall@10  %.3f (at most %.3f)   aim precision@10 >= 0.8: %s%n",
                precision / n,
                recall / n,
                Math.min(1.0, 10.0 / relevant),
                precision / n >= 0.8 ? "met" : "NOT met");
        System.out.printf(
                Locale.ROOT,
                "  baselines: by follower count alone precision@10 %.3f; random ranking %.3f (expected)%n",
                sizePrecision / n,
                (double) relevant / (n - 1));
        Figures.add(
                "recommend",
                "similarCreators precision@10",
                precision / n,
                "by follower count alone",
                sizePrecision / n,
                "",
                true);
    }

    private static void insights(SyntheticWorld world, QueryGateway queries) {
        Map<InsightKind, int[]> counts = new EnumMap<>(InsightKind.class); // shown, planted named, backtested
        Map<InsightKind, double[]> hitRates = new EnumMap<>(InsightKind.class); // shown sum, all backtested sum
        for (InsightKind kind : InsightKind.values()) {
            counts.put(kind, new int[3]);
            hitRates.put(kind, new double[2]);
        }
        int analysed = 0;
        for (SyntheticCreator c : world.creators()) {
            InsightReport report = queries.query(
                            new FindInsights(c.handle()), ResponseTypes.optionalInstanceOf(InsightReport.class))
                    .join()
                    .orElseThrow();
            analysed += report.videosAnalysed();
            for (Insight insight : report.insights()) {
                counts.get(insight.kind())[0]++;
                if (planted(c, insight)) {
                    counts.get(insight.kind())[1]++;
                }
                backtested(counts, hitRates, insight.kind(), insight.backtest());
                hitRates.get(insight.kind())[0] += insight.backtest().hitRate();
            }
            for (WithheldInsight withheld : report.withheld()) {
                if (withheld.backtest() != null) {
                    backtested(counts, hitRates, withheld.kind(), withheld.backtest());
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nInsights (%d creators, %.0f videos analysed each on average)%n",
                world.creators().size(),
                (double) analysed / world.creators().size());
        System.out.printf(
                Locale.ROOT,
                "  %-16s %6s %8s %14s %16s%n",
                "type",
                "shown",
                "planted",
                "hit rate shown",
                "hit rate tested");
        for (InsightKind kind : InsightKind.values()) {
            int[] k = counts.get(kind);
            double[] h = hitRates.get(kind);
            System.out.printf(
                    Locale.ROOT,
                    "  %-16s %6d %8s %14s %16s%n",
                    kind,
                    k[0],
                    plantedColumn(kind, k),
                    k[0] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", h[0] / k[0]),
                    k[2] == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%d)", h[1] / k[2], k[2]));
        }
        System.out.println(
                "  planted: shown insights naming the planted effect (prime hours, prime weekday, < 30 s, hot/cold hashtag; "
                        + "outliers: the hot hashtag, which doubles the odds); nothing is planted for cadence, so every cadence insight is a false one");
    }

    private static void backtested(
            Map<InsightKind, int[]> counts, Map<InsightKind, double[]> hitRates, InsightKind kind, Backtest backtest) {
        counts.get(kind)[2]++;
        hitRates.get(kind)[1] += backtest.hitRate();
    }

    private static String plantedColumn(InsightKind kind, int[] k) {
        return kind == InsightKind.CADENCE ? "-" : k[1] + "/" + k[0];
    }

    /** Whether an insight names what the stand-in site planted for this creator. */
    private static boolean planted(SyntheticCreator c, Insight insight) {
        return switch (insight.kind()) {
            case POSTING_HOUR ->
                insight.subject()
                        .equals(String.format(
                                Locale.ROOT,
                                "%02d:00\u2013%02d:00",
                                PlantedEffects.primeWindowStart(c),
                                PlantedEffects.primeWindowStart(c) + 3));
            case POSTING_WEEKDAY ->
                insight.subject().equals(PlantedEffects.primeWeekday(c).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case VIDEO_LENGTH -> Arrays.asList("0\u201315 s", "15\u201330 s").contains(insight.subject());
            case HASHTAG ->
                insight.effect() > 1
                        ? insight.subject().equals("#" + PlantedEffects.hotHashtag(c.niche()))
                        : insight.subject().equals("#" + PlantedEffects.coldHashtag(c.niche()));
            case OUTLIERS -> insight.subject().equals("with #" + PlantedEffects.hotHashtag(c.niche()));
            case CADENCE -> false;
        };
    }

    /** The cost of an answer, beside reading the same rows with plain SQL. */
    private static void speed(SyntheticWorld world, QueryGateway queries, JdbcTemplate jdbc, DSLContext sql) {
        List<SyntheticCreator> creators = world.creators();
        long[] similar = new long[creators.size()];
        long[] insight = new long[creators.size()];
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            for (int i = 0; i < creators.size(); i++) {
                long start = System.nanoTime();
                queries.query(
                                new FindSimilarCreators(
                                        creators.get(i).handle(), false, null, List.of(), CreatorFilter.NONE, 10),
                                ResponseTypes.instanceOf(SimilarCreatorsFound.class))
                        .join();
                similar[i] = System.nanoTime() - start;
                start = System.nanoTime();
                queries.query(
                                new FindInsights(creators.get(i).handle()),
                                ResponseTypes.optionalInstanceOf(InsightReport.class))
                        .join();
                insight[i] = System.nanoTime() - start;
            }
        }
        long rows = 0;
        long sqlStart = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            rows = jdbc.query(
                    "select v.creator_id, v.posted_at, v.caption, v.hashtags, v.duration_seconds from analytics.video_performance v "
                            + "join analytics.creator_latest c on c.creator_id = v.creator_id where c.tracked",
                    r -> {
                        long n = 0;
                        while (r.next()) {
                            n++;
                        }
                        return n;
                    });
        }
        double sqlMillis = (System.nanoTime() - sqlStart) / 5e6;
        Arrays.sort(similar);
        Arrays.sort(insight);
        System.out.printf(
                Locale.ROOT, "%nSpeed (%d creators, %,d videos; the feature index current)%n", creators.size(), rows);
        System.out.printf(
                Locale.ROOT,
                "  similarCreators  p50 %.2f ms  p99 %.2f ms%n",
                similar[similar.length / 2] / 1e6,
                similar[similar.length * 99 / 100] / 1e6);
        System.out.printf(
                Locale.ROOT,
                "  insights         p50 %.2f ms  p99 %.2f ms%n",
                insight[insight.length / 2] / 1e6,
                insight[insight.length * 99 / 100] / 1e6);
        FeatureReader reader = new FeatureReader(sql);
        reader.read(); // warm
        long buildStart = System.nanoTime();
        reader.read();
        double buildMillis = (System.nanoTime() - buildStart) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "  feature index build (read + TF-IDF + features; a background rebuild after the first) %.0f ms; "
                        + "baseline: reading the same video rows with plain SQL %.0f ms%n",
                buildMillis,
                sqlMillis);
        Figures.add(
                "recommend",
                "feature index build, " + creators.size() + " creators",
                buildMillis,
                "plain SQL read of the same rows",
                sqlMillis,
                "ms",
                false);
    }
}
