package com.creatorcompass.app.api;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Similar creators, recommendations and insights through the API, on a small world of its own:
 * rec.books1 (GB, 20,000 followers, 36 videos over 12 weeks captioned "chapter", #booktok on all,
 * #bookclub on a third, the 19:00 UTC ones at twice the engagement), rec.books2 (GB, 40,000,
 * "chapter" #booktok #bookclub), rec.books3 (DE, 10,000, "novel" #booktok), rec.cooks1 (US, 5,000,
 * "dinner" #recipe) and rec.fit1 (no region, 300,000, #workout) — beside ApiTest's own creators
 * (ana.reads 1,200, bella.bakes 20,000, cara.codes 300: #reading only, no region). Engagement rates
 * by hand in the stream series: rec.books2 8 %, rec.cooks1 2 % (and ApiTest's ana.reads 9 %).
 */
class RecommendationsApiTest extends ApiTest {

    static final Instant SEEN = Instant.parse("2026-11-20T12:00:00Z");
    private static volatile boolean recSeeded;

    HttpGraphQlTester reader;

    @BeforeEach
    void recommendationWorld() throws Exception {
        synchronized (RecommendationsApiTest.class) {
            if (!recSeeded) {
                long before = jdbc.queryForObject("select count(*) from warehouse.fact_video_snapshot", Long.class);
                List<VideoObservation> books1 = new ArrayList<>();
                // The window starts 84 days before SEEN, at 12:00; week w's videos go on days 1, 3 and 5 after its
                // midnight.
                Instant midnight = SEEN.minus(Duration.ofDays(84)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
                for (int week = 0; week < 12; week++) {
                    for (int day = 0; day <= 4; day += 2) {
                        boolean evening = day == week % 3 * 2;
                        Instant posted = midnight.plus(Duration.ofDays(7L * week + day + 1))
                                .plus(Duration.ofHours(evening ? 19 : 9));
                        books1.add(video(
                                "81" + String.format("%017d", books1.size()),
                                posted,
                                "chapter " + books1.size(),
                                day == 0 ? List.of("booktok", "bookclub") : List.of("booktok"),
                                1_000,
                                evening ? 120 : 60));
                    }
                }
                seedCreator("rec.books1", 20_000, "GB", "en", books1);
                seedCreator(
                        "rec.books2", 40_000, "GB", "en", videos("82", "new chapter", List.of("booktok", "bookclub")));
                seedCreator("rec.books3", 10_000, "DE", "de", videos("83", "ein novel", List.of("booktok")));
                seedCreator("rec.cooks1", 5_000, "US", "en", videos("84", "quick dinner", List.of("recipe")));
                seedCreator("rec.fit1", 300_000, null, "en", videos("85", "leg day", List.of("workout")));
                await().atMost(Duration.ofSeconds(30))
                        .until(() ->
                                jdbc.queryForObject("select count(*) from warehouse.fact_video_snapshot", Long.class)
                                        == before + 36 + 4 * 4);
                engagement("rec.books2", 0.08);
                engagement("rec.cooks1", 0.02);
                recSeeded = true;
            }
        }
        reader = graphQl(signIn("reader@example.com"));
    }

    @Test
    void similar_creators_come_ranked_with_their_score_broken_down_and_their_reasons() {
        reader.document("""
                { similarCreators(handle: "rec.books1", first: 3, filter: {languages: ["en", "de"]}) { handle region score sharedTopics reasons
                  videosPerWeek typicalVideoSeconds
                  scoreBreakdown { name similarity weight contribution } creator { handle followers { value } } } }""")
                .execute()
                // (the language filter keeps this world apart from the other API tests' creators, whose language is
                // unknown)
                // the book creators share topics; the rest share none and follow by size closeness
                .path("similarCreators[*].handle")
                .entityList(String.class)
                .containsExactly("rec.books2", "rec.books3", "rec.cooks1")
                // the products of TF-IDF weights: "chapter" (on every video of both, used by two creators), #booktok
                // (three), #bookclub
                .path("similarCreators[0].sharedTopics")
                .entityList(String.class)
                .containsExactly("chapter", "#booktok", "#bookclub")
                .path("similarCreators[0].reasons")
                .entityList(String.class)
                .containsExactly("shares \u201cchapter\u201d, #booktok and #bookclub", "2\u00d7 @rec.books1's size")
                .path("similarCreators[0].scoreBreakdown[*].name")
                .entityList(String.class)
                .containsExactly("TOPIC", "SIZE")
                // no audience and no rates known for rec.books1: topic 0.5 and size 0.15, scaled to sum 1
                .path("similarCreators[0].scoreBreakdown[1].weight")
                .entity(Double.class)
                .satisfies(w -> assertThat(w).isCloseTo(0.15 / 0.65, within(1e-9)))
                .path("similarCreators[0].scoreBreakdown[1].similarity")
                .entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo(1 - Math.log10(2) / 2, within(1e-9)))
                .path("similarCreators[0].creator.followers.value")
                .entity(Long.class)
                .isEqualTo(40_000L)
                // rec.books2's four videos were posted 3, 10, 17 and 24 days before its observation, 20 s each
                .path("similarCreators[0].videosPerWeek")
                .entity(Double.class)
                .isEqualTo(1.0)
                .path("similarCreators[0].typicalVideoSeconds")
                .entity(Integer.class)
                .isEqualTo(20)
                .path("similarCreators[1].region")
                .entity(String.class)
                .isEqualTo("DE")
                // rec.cooks1 shares no topic: its score is its size closeness alone, 1 - log10(4) / 2, weighted
                .path("similarCreators[2].score")
                .entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo((1 - Math.log10(4) / 2) * 0.15 / 0.65, within(1e-9)));
    }

    @Test
    void filters_limit_the_results_and_lower_case_codes_are_taken() {
        reader.document("{ similarCreators(handle: \"rec.books1\", filter: {regions: [\"de\"]}) { handle } }")
                .execute()
                .path("similarCreators[*].handle")
                .entityList(String.class)
                .containsExactly("rec.books3");
        reader.document(
                        "{ similarCreators(handle: \"rec.books1\", filter: {languages: [\"EN\"], minFollowers: 5000, maxFollowers: 100000}) { handle } }")
                .execute()
                .path("similarCreators[*].handle")
                .entityList(String.class)
                .containsExactly("rec.books2", "rec.cooks1");
        // rates are known for rec.books2 (8 %), ana.reads (9 %) and rec.cooks1 (2 %) only
        reader.document(
                        "{ similarCreators(handle: \"rec.books1\", filter: {minEngagementRate: 0.05}) { handle engagementRate } }")
                .execute()
                .path("similarCreators[*].handle")
                .entityList(String.class)
                .containsExactly("rec.books2", "ana.reads")
                .path("similarCreators[0].engagementRate")
                .entity(Double.class)
                .isEqualTo(0.08);
    }

    @Test
    void bad_arguments_are_refused_with_a_code_and_unknown_handles_are_not_found() {
        Map<String, String> refused = Map.of(
                "{ similarCreators(handle: \"rec.books1\", filter: {minFollowers: -1}) { handle } }",
                "minFollowers must not be negative, was -1",
                "{ similarCreators(handle: \"rec.books1\", filter: {regions: [\"GBR\"]}) { handle } }",
                "'GBR' is not one of the regions (ISO 3166-1 alpha-2, e.g. GB)",
                "{ similarCreators(handle: \"rec.books1\", filter: {minFollowers: 10, maxFollowers: 5}) { handle } }",
                "minFollowers (10) is above maxFollowers (5)",
                "{ similarCreators(handle: \"rec.books1\", filter: {minEngagementRate: 1.5}) { handle } }",
                "minEngagementRate is a fraction between 0 and 1, was 1.5",
                "{ similarCreators(handle: \"rec.books1\", first: 101) { handle } }",
                "first must be between 1 and 100, was 101",
                "{ insights(handle: \"not a handle\") { handle } }",
                "'not a handle' is not a TikTok handle: use 2-24 letters, digits, '.' or '_'");
        refused.forEach((document, message) -> reader.document(document)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                    assertThat(e.getMessage()).as(document).isEqualTo(message);
                })));
        for (String document : List.of(
                "{ similarCreators(handle: \"nobody.here\") { handle } }",
                "{ insights(handle: \"nobody.here\") { handle } }")) {
            reader.document(document)
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
        }
    }

    @Test
    void recommendations_are_the_signed_in_users_own_matched_to_their_audience() throws Exception {
        HttpGraphQlTester owner = graphQl(signIn("reco.owner@example.com"));
        owner.document("mutation { linkTikTokAccount(input: {handle: \"rec.books1\"}) { errors { code } } }")
                .execute()
                .path("linkTikTokAccount.errors")
                .entityList(Object.class)
                .hasSize(0);
        owner.document(
                        "mutation { setAudiencePreferences(input: {niches: [\"BookTok\"], regions: [\"DE\"], languages: []}) { errors { code } } }")
                .execute()
                .path("setAudiencePreferences.errors")
                .entityList(Object.class)
                .hasSize(0);
        owner.document("mutation { addCompetitor(input: {handle: \"rec.books2\"}) { errors { code } } }")
                .execute()
                .path("addCompetitor.errors")
                .entityList(Object.class)
                .hasSize(0);
        owner.document("""
                { recommendations(first: 3, filter: {languages: ["en", "de"]}) {
                  basedOn missing creators { handle reasons scoreBreakdown { name similarity } } } }""")
                .execute()
                .path("recommendations.basedOn")
                .entity(String.class)
                .isEqualTo("rec.books1")
                .path("recommendations.missing")
                .entityList(String.class)
                .hasSize(0)
                // the own account and the competitor rec.books2 are left out
                .path("recommendations.creators[*].handle")
                .entityList(String.class)
                .containsExactly("rec.books3", "rec.cooks1", "rec.fit1")
                .path("recommendations.creators[0].reasons")
                .entityList(String.class)
                .containsExactly(
                        "shares #booktok",
                        "0.5\u00d7 your size",
                        "posts #booktok, one of your niches",
                        "in DE, one of your regions")
                // niche (1) and region (1): audience match 1
                .path("recommendations.creators[0].scoreBreakdown[2].name")
                .entity(String.class)
                .isEqualTo("AUDIENCE")
                .path("recommendations.creators[0].scoreBreakdown[2].similarity")
                .entity(Double.class)
                .isEqualTo(1.0)
                // rec.cooks1: no niche (0), US (0); rec.fit1: no niche, region unknown (1/2): (0 + 0.5) / 2
                .path("recommendations.creators[1].scoreBreakdown[2].similarity")
                .entity(Double.class)
                .isEqualTo(0.0)
                .path("recommendations.creators[2].scoreBreakdown[2].similarity")
                .entity(Double.class)
                .isEqualTo(0.25);

        HttpGraphQlTester newcomer = graphQl(signIn("reco.newcomer@example.com"));
        newcomer.document("{ recommendations { basedOn missing creators { handle } } }")
                .execute()
                .path("recommendations.basedOn")
                .valueIsNull()
                .path("recommendations.missing")
                .entityList(String.class)
                .containsExactly("LINK_TIKTOK_ACCOUNT", "SET_NICHES")
                .path("recommendations.creators")
                .entityList(Object.class)
                .hasSize(0);

        HttpGraphQlTester cook = graphQl(signIn("reco.cook@example.com"));
        cook.document(
                        "mutation { setAudiencePreferences(input: {niches: [\"recipe\"], regions: [], languages: [\"en\"]}) { errors { code } } }")
                .execute();
        cook.document("{ recommendations(first: 1) { basedOn missing creators { handle reasons } } }")
                .execute()
                .path("recommendations.missing")
                .entityList(String.class)
                .containsExactly("LINK_TIKTOK_ACCOUNT")
                .path("recommendations.creators[0].handle")
                .entity(String.class)
                .isEqualTo("rec.cooks1")
                .path("recommendations.creators[0].reasons")
                .entityList(String.class)
                .containsExactly(
                        "posts #recipe on 100.0 % of its videos, one of your niches",
                        "posts in en, one of your languages", "5,000 followers (nano)", "engagement 2.0 % by views");

        graphQl(null)
                .document("{ recommendations { basedOn } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
    }

    @Test
    void insights_come_backtested_and_in_the_creators_time_zone() {
        reader.document("""
                { insights(handle: "rec.books1") { timeZone timeZoneFromRegion videosAnalysed
                  insights { kind subject headline effect sampleSize confidence backtest { weeks hits statement } }
                  withheld { kind reason } } }""")
                .execute()
                .path("insights.timeZone")
                .entity(String.class)
                .isEqualTo("Europe/London")
                .path("insights.timeZoneFromRegion")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("insights.videosAnalysed")
                .entity(Integer.class)
                .isEqualTo(36)
                // 19:00 UTC is 20:00 in London until 25 October and 19:00 after: 18:00-21:00 local every week
                .path("insights.insights[?(@.kind == 'POSTING_HOUR')].subject")
                .entityList(String.class)
                .containsExactly("18:00\u201321:00")
                .path("insights.insights[?(@.kind == 'POSTING_HOUR')].effect")
                .entityList(Double.class)
                .containsExactly(2.0)
                .path("insights.insights[?(@.kind == 'POSTING_HOUR')].backtest.statement")
                .entityList(String.class)
                .containsExactly(
                        "beat your median in 12 of the last 12 weeks with videos posted 18:00\u201321:00 (Europe/London)")
                .path("insights.withheld[?(@.kind == 'CADENCE')].reason")
                .entityList(String.class)
                .containsExactly("NOT_ENOUGH_DATA");
        reader.document(
                        "{ insights(handle: \"rec.books2\") { videosAnalysed insights { kind } withheld { kind reason detail } } }")
                .execute()
                .path("insights.insights")
                .entityList(Object.class)
                .hasSize(0)
                .path("insights.withheld[0].reason")
                .entity(String.class)
                .isEqualTo("NOT_ENOUGH_DATA")
                .path("insights.withheld[0].detail")
                .entity(String.class)
                .isEqualTo(
                        "4 videos posted in the last 12 weeks and seen a day or more after posting; insights need 20");
    }

    private void seedCreator(
            String handle, long followers, String region, String language, List<VideoObservation> videos) {
        String id = commands.sendAndWait(new TrackCreator(handle, "fixture"));
        commands.sendAndWait(new RecordScrape(
                id,
                id + "-rec",
                SnapshotSource.IMPORT,
                profileAt(SEEN)
                        .nickname(handle)
                        .followers(followers)
                        .likes(followers * 10)
                        .videos(videos.size())
                        .region(region, language)
                        .build(),
                videos));
    }

    private void engagement(String handle, double rate) {
        jdbc.update(
                "insert into series.creator_engagement_daily select creator_id, '2026-11-20', 4, ?, ?, null, null, 1000, 0, false "
                        + "from warehouse.dim_creator where handle = ?",
                rate,
                rate,
                handle);
    }

    private static List<VideoObservation> videos(String prefix, String caption, List<String> hashtags) {
        List<VideoObservation> videos = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            videos.add(video(
                    prefix + String.format("%017d", i),
                    SEEN.minus(Duration.ofDays(3L + 7 * i)),
                    caption + " " + i,
                    hashtags,
                    1_000,
                    50));
        }
        return videos;
    }

    private static VideoObservation video(
            String id, Instant posted, String caption, List<String> hashtags, long views, long likes) {
        return videoAt(id, SEEN)
                .postedAt(posted)
                .caption(caption, hashtags)
                .durationSeconds(20)
                .counts(views, likes, 0, 0)
                .saves(0)
                .build();
    }
}
