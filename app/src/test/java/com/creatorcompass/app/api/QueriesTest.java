package com.creatorcompass.app.api;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.graphql.ScalarListsInOnePass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every query, against the fixture's hand-written histories; the numbers are worked out in the comments. */
class QueriesTest extends ApiTest {

    HttpGraphQlTester ana;

    @Autowired
    GraphQlSource graphQlSource;

    @BeforeEach
    void signedIn() throws Exception {
        ana = graphQl(signIn("ana@example.com"));
    }

    @Test
    void engagement_by_posting_time_is_the_apis_median_per_weekday_and_utc_window() {
        // Ana's three videos, as last seen on day 3: video n has (30 + 3 + 0) interactions over 300·(n+1) views and
        // was posted n+1 days before 2026-11-01 10:00 (a Sunday): Saturday 09-12 holds 0.11, Friday 0.055,
        // Thursday 0.0367; the other 53 cells hold none (null, not 0).
        ana.document("""
                { engagementByPostingTime(handle: "@Ana.Reads") { videosConsidered
                  cells { weekday windowStart videos medianEngagementRate } } }""")
                .execute()
                .path("engagementByPostingTime.videosConsidered")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("engagementByPostingTime.cells")
                .entityList(Map.class)
                .hasSize(56)
                .path(
                        "engagementByPostingTime.cells[?(@.weekday == 'SATURDAY' && @.windowStart == 9)].medianEngagementRate")
                .entityList(Double.class)
                .containsExactly(0.11)
                .path("engagementByPostingTime.cells[?(@.videos > 0)].weekday")
                .entityList(String.class)
                .containsExactly("THURSDAY", "FRIDAY", "SATURDAY")
                .path(
                        "engagementByPostingTime.cells[?(@.weekday == 'MONDAY' && @.windowStart == 9)].medianEngagementRate")
                .entityList(Object.class)
                .containsExactly((Object) null);
        ana.document("{ engagementByPostingTime(handle: \"ana.reads\", latest: 101) { videosConsidered } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    @Test
    void creator_now_shows_the_latest_observation_with_its_quality_flags() {
        ana.document("""
                { creator(handle: "@Ana.Reads") { handle tier nickname followers { value precision } likes { value precision exact } friends { value }
                  capturedAt observedAt growthKpis { day followersGrowth1d likesGrowth1d projectedFollowers30d projectionMethod restsOnRounded }
                  engagementKpis { day byViewsMedian postsThatDay } dataQuality } }""")
                .execute()
                .path("creator.handle")
                .entity(String.class)
                .isEqualTo("ana.reads")
                .path("creator.tier")
                .entity(String.class)
                .isEqualTo("nano") // 1,200 followers: nano is 1k-10k
                .path("creator.followers")
                .entity(Map.class)
                .isEqualTo(Map.of("value", 1200, "precision", "EXACT"))
                .path("creator.likes")
                .entity(Map.class)
                .isEqualTo(Map.of("value", 4300000, "precision", "ROUNDED", "exact", false))
                .path("creator.friends") // not on the page: unknown, never 0
                .valueIsNull()
                .path("creator.capturedAt")
                .entity(String.class)
                .isEqualTo("2026-11-03T10:00:00.000Z")
                .path("creator.observedAt") // deprecated, still answered
                .entity(String.class)
                .isEqualTo("2026-11-03T10:00:00.000Z")
                .path("creator.growthKpis.day")
                .entity(String.class)
                .isEqualTo("2026-11-03")
                .path("creator.growthKpis.projectedFollowers30d")
                .entity(Long.class)
                .isEqualTo(4200L)
                .path("creator.growthKpis.restsOnRounded")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("creator.engagementKpis.byViewsMedian")
                .entity(Double.class)
                .isEqualTo(0.09)
                .path("creator.dataQuality")
                .entityList(String.class)
                .hasSize(3)
                .contains("ROUNDED_COUNTS", "GROWTH_RESTS_ON_ROUNDED", "STALE");
    }

    @Test
    void creator_as_of_an_event_time_shows_what_was_true_then() {
        ana.document("""
                { creator(handle: "ana.reads", asOf: "2026-11-02T12:00:00Z") {
                  followers { value } likes { exact } growthKpis { day followersGrowth1d } dataQuality } }""")
                .execute()
                .path("creator.followers.value")
                .entity(Long.class)
                .isEqualTo(1100L)
                .path("creator.likes.exact")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("creator.growthKpis.day")
                .entity(String.class)
                .isEqualTo("2026-11-02")
                // 1,100 / 1,000 - 1
                .path("creator.growthKpis.followersGrowth1d")
                .entity(Double.class)
                .satisfies(g -> assertThat(g).isCloseTo(0.1, within(1e-9)))
                .path("creator.dataQuality")
                .entityList(String.class)
                .hasSize(0);
    }

    @Test
    void creator_as_known_at_a_past_instant_shows_what_we_knew_then() {
        ana.document("{ creator(handle: \"ana.reads\", asOfKnowledge: \"" + knownBeforeDay3
                        + "\") { followers { value } growthKpis { day } dataQuality } }")
                .execute()
                .path("creator.followers.value")
                .entity(Long.class)
                .isEqualTo(1100L) // day 3 was recorded after that instant
                .path("creator.growthKpis.day")
                .entity(String.class)
                .isEqualTo("2026-11-02")
                .path("creator.dataQuality")
                .entityList(String.class)
                .contains("DERIVED_FROM_CURRENT_KNOWLEDGE", "STALE");
    }

    @Test
    void creator_before_its_first_observation_and_an_untracked_handle_are_not_found() {
        ana.document("{ creator(handle: \"ana.reads\", asOf: \"2026-10-01T00:00:00Z\") { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
        ana.document("{ creator(handle: \"nobody.here\") { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
        ana.document("{ creator(handle: \"not a handle!\") { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    @Test
    void growth_by_day_and_by_week() {
        ana.document(
                        "{ growth(handle: \"ana.reads\", from: \"2026-11-02\", to: \"2026-11-03\") { closingDay followers followersDelta restsOnRounded } }")
                .execute()
                .path("growth[*].closingDay")
                .entityList(String.class)
                .containsExactly("2026-11-02", "2026-11-03")
                .path("growth[*].followersDelta")
                .entityList(Long.class)
                .containsExactly(100L, 100L) // vs Nov 1's 1,000 and Nov 2's 1,100
                .path("growth[*].restsOnRounded")
                .entityList(Boolean.class)
                .containsExactly(false, true);
        // ISO weeks: Nov 1 (a Sunday) closes the week of Oct 26; Nov 2-3 the week of Nov 2, +200 over Nov 1's close.
        ana.document(
                        "{ growth(handle: \"ana.reads\", from: \"2026-10-26\", to: \"2026-11-08\", granularity: WEEK) { periodStart closingDay followers followersDelta } }")
                .execute()
                .path("growth[*].periodStart")
                .entityList(String.class)
                .containsExactly("2026-10-26", "2026-11-02")
                .path("growth[*].followers")
                .entityList(Long.class)
                .containsExactly(1000L, 1200L)
                .path("growth[1].followersDelta")
                .entity(Long.class)
                .isEqualTo(200L);
        ana.document(
                        "{ growth(handle: \"ana.reads\", from: \"2026-11-01\", to: \"2026-11-30\", granularity: MONTH) { periodStart followers followersDelta } }")
                .execute()
                .path("growth[0].periodStart")
                .entity(String.class)
                .isEqualTo("2026-11-01")
                .path("growth[0].followers")
                .entity(Long.class)
                .isEqualTo(1200L)
                .path("growth[0].followersDelta")
                .valueIsNull(); // nothing closes before November
        ana.document("{ growth(handle: \"ana.reads\", from: \"2026-11-03\", to: \"2026-11-01\") { followers } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    @Test
    void growth_columns_are_the_growth_points_as_parallel_lists() {
        ana.document("""
                { creator(handle: "ana.reads") { growthColumns(from: "2026-11-01", to: "2026-11-03") {
                    periodStart closingDay followers likes videos followersDelta likesDelta videosDelta restsOnRounded } } }""")
                .execute()
                .path("creator.growthColumns.closingDay")
                .entityList(String.class)
                .containsExactly("2026-11-01", "2026-11-02", "2026-11-03")
                .path("creator.growthColumns.periodStart")
                .entityList(String.class)
                .containsExactly("2026-11-01", "2026-11-02", "2026-11-03")
                .path("creator.growthColumns.followers")
                .entityList(Long.class)
                .containsExactly(1000L, 1100L, 1200L)
                // nothing closes before Nov 1: its change is unknown (null), never 0
                .path("creator.growthColumns.followersDelta")
                .entityList(Long.class)
                .containsExactly(null, 100L, 100L)
                .path("creator.growthColumns.restsOnRounded")
                .entityList(Boolean.class)
                .containsExactly(false, false, true);
        assertThat(graphQlSource.graphQl().getQueryStrategy())
                .as("each column completed in one pass, not item by item")
                .isInstanceOf(ScalarListsInOnePass.class);
    }

    @Test
    void engagement_days_in_range() {
        ana.document(
                        "{ engagement(handle: \"ana.reads\", from: \"2026-11-01\", to: \"2026-11-30\") { day videosConsidered byViewsMean medianViewsLast30 } }")
                .execute()
                .path("engagement[*].day")
                .entityList(String.class)
                .containsExactly("2026-11-03")
                .path("engagement[0].medianViewsLast30")
                .entity(Double.class)
                .isEqualTo(800.0);
    }

    @Test
    void a_videos_hashtags_are_the_same_in_every_read_of_it() {
        // every fixture video is captioned "video N #reading"
        ana.document("""
                { creator(handle: "ana.reads") { latestVideos(first: 2) { edges { node { hashtags } } } }
                  videos(handle: "ana.reads", first: 2) { edges { node { hashtags } } }
                  video(id: "7100000000000000002") { hashtags } }""")
                .execute()
                .path("creator.latestVideos.edges[*].node.hashtags[*]")
                .entityList(String.class)
                .containsExactly("reading", "reading")
                .path("videos.edges[*].node.hashtags[*]")
                .entityList(String.class)
                .containsExactly("reading", "reading")
                .path("video.hashtags")
                .entityList(String.class)
                .containsExactly("reading");
    }

    @Test
    void a_videos_hashtags_asked_through_fragments_are_read() {
        ana.document("""
                { creator(handle: "ana.reads") { latestVideos(first: 2) { ...Page } } }
                fragment Page on VideoConnection { edges { node { ...Tags } } }
                fragment Tags on Video { id hashtags }""")
                .execute()
                .path("creator.latestVideos.edges[*].node.hashtags[*]")
                .entityList(String.class)
                .containsExactly("reading", "reading");
        ana.document("""
                { creator(handle: "ana.reads") { latestVideos(first: 2) { edges { node { ... on Video { hashtags } } } } } }""")
                .execute()
                .path("creator.latestVideos.edges[*].node.hashtags[*]")
                .entityList(String.class)
                .containsExactly("reading", "reading");
    }

    @Test
    void videos_page_through_with_cursors_and_a_page_size_limit() {
        // Ana's videos as last seen on day 3: views 300 × (n+1); posted n+1 days before Nov 1, so newest is n = 0.
        String end = ana.document(
                        "{ videos(handle: \"ana.reads\", first: 2) { edges { cursor node { id views } } pageInfo { hasNextPage endCursor } } }")
                .execute()
                .path("videos.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("7100000000000000000", "7100000000000000001")
                .path("videos.edges[*].node.views")
                .entityList(Long.class)
                .containsExactly(300L, 600L)
                .path("videos.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("videos.pageInfo.endCursor")
                .entity(String.class)
                .get();
        ana.document("{ videos(handle: \"ana.reads\", first: 2, after: \"" + end
                        + "\") { edges { node { id } } pageInfo { hasNextPage } } }")
                .execute()
                .path("videos.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("7100000000000000002")
                .path("videos.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false);
        ana.document(
                        "{ videos(handle: \"ana.reads\", orderBy: MOST_VIEWED, first: 1) { edges { node { id views } } } }")
                .execute()
                .path("videos.edges[0].node.views")
                .entity(Long.class)
                .isEqualTo(900L);
        ana.document("{ videos(handle: \"ana.reads\", hashtag: \" #Reading\") { edges { node { id } } } }")
                .execute()
                .path("videos.edges[*].node.id")
                .entityList(String.class)
                .hasSize(3);
        ana.document("{ videos(handle: \"ana.reads\", hashtag: \"#baking\") { edges { node { id } } } }")
                .execute()
                .path("videos.edges")
                .entityList(Object.class)
                .hasSize(0);
        ana.document("{ videos(handle: \"ana.reads\", hashtag: \"" + "x".repeat(101) + "\") { edges { cursor } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
        ana.document("{ videos(handle: \"ana.reads\", first: 101) { edges { cursor } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
        ana.document("{ videos(handle: \"ana.reads\", after: \"bm90LW91cnM\") { edges { cursor } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    @Test
    void a_video_with_its_observations_series_and_velocity() {
        ana.document("""
                { video(id: "7100000000000000002") { handle views observations { capturedAt views } lastObservation { views allCountsExact }
                  velocity { age views creatorLowerQuartile creatorMedian creatorUpperQuartile outlierScore } } }""")
                .execute()
                .path("video.handle")
                .entity(String.class)
                .isEqualTo("ana.reads")
                .path("video.observations[*].views")
                .entityList(Long.class)
                .containsExactly(300L, 600L, 900L) // 100 × day × 3
                .path("video.lastObservation.views")
                .entity(Long.class)
                .isEqualTo(900L)
                .path("video.velocity[0].age")
                .entity(String.class)
                .isEqualTo("1h")
                .path("video.velocity[0].outlierScore")
                .entity(Double.class)
                .isEqualTo(0.5) // 150 / 100 - 1
                .path("video.velocity[0].creatorLowerQuartile")
                .entity(Double.class)
                .isEqualTo(60.0)
                .path("video.velocity[0].creatorUpperQuartile")
                .entity(Double.class)
                .isEqualTo(140.0);
        ana.document("{ video(id: \"404\") { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
    }

    @Test
    void a_count_the_page_did_not_show_is_null_never_0_and_a_photo_post_says_so() {
        String dora = commands.sendAndWait(new TrackCreator("dora.draws", "fixture"));
        VideoObservation photo = videoAt("7400000000000000001", DAY3)
                .postedAt(DAY2)
                .caption("a slideshow")
                .counts(900, 90, 9, 1)
                .photo()
                .build();
        commands.sendAndWait(new RecordScrape(
                dora,
                "d1",
                SnapshotSource.IMPORT,
                profileAt(DAY3)
                        .nickname("Dora")
                        .followers(null)
                        .likes(5_000)
                        .videos(new Count(1, Precision.AT_LEAST))
                        .friends(Count.exact(12))
                        .build(),
                List.of(photo)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from warehouse.dim_video where video_id = '7400000000000000001'",
                                Long.class)
                        == 1);

        ana.document("""
                { creator(handle: "dora.draws") { followers { value } likes { value exact } videos { value precision exact } friends { value precision } tier }
                  video(id: "7400000000000000001") { kind durationSeconds views saves engagementRate observations { saves allCountsExact } } }""")
                .execute()
                .path("creator.followers")
                .valueIsNull()
                .path("creator.friends") // a field added to the observation alone reaches the API
                .entity(Map.class)
                .isEqualTo(Map.of("value", 12, "precision", "EXACT"))
                .path("creator.tier")
                .valueIsNull()
                .path("creator.likes.value")
                .entity(Long.class)
                .isEqualTo(5_000L)
                // a lower bound keeps its meaning: not "exact", and not a rounding either
                .path("creator.videos")
                .entity(Map.class)
                .isEqualTo(Map.of("value", 1, "precision", "AT_LEAST", "exact", false))
                // (90 + 9 + 1) / 900, saves not counted
                .path("video.engagementRate")
                .entity(Double.class)
                .satisfies(rate -> assertThat(rate).isCloseTo(100.0 / 900, within(1e-12)))
                .path("video.kind")
                .entity(String.class)
                .isEqualTo("PHOTO")
                .path("video.durationSeconds")
                .valueIsNull()
                .path("video.views")
                .entity(Long.class)
                .isEqualTo(900L)
                .path("video.saves")
                .valueIsNull()
                .path("video.observations[0].saves")
                .valueIsNull()
                .path("video.observations[0].allCountsExact")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void hashtag_trends_most_viewed_first() {
        ana.document(
                        "{ hashtagTrends(from: \"2026-11-01\", to: \"2026-11-30\", first: 5) { hashtag views videos days } }")
                .execute()
                .path("hashtagTrends[*].hashtag")
                .entityList(String.class)
                .containsExactly("baking", "reading")
                .path("hashtagTrends[*].views")
                .entityList(Long.class)
                .containsExactly(9000L, 4500L);
    }

    @Test
    void compare_lists_creators_in_the_order_asked_and_leaves_out_unknown_ones() {
        ana.document(
                        "{ compare(handles: [\"bella.bakes\", \"ana.reads\", \"nobody.here\"]) { handle followers { value } tier } }")
                .execute()
                .path("compare[*].handle")
                .entityList(String.class)
                .containsExactly("bella.bakes", "ana.reads")
                .path("compare[*].tier")
                .entityList(String.class)
                .containsExactly("micro", "nano");
        ana.document("{ compare(handles: [\"ana.reads\"]) { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    @Test
    void search_finds_tracked_creators_by_handle_or_display_name_best_match_first() {
        ana.document(
                        "{ searchCreators(text: \"@BELLA\") { handle nickname followers { value exact } } canonicalHandle(text: \"@BELLA\") }")
                .execute()
                .path("canonicalHandle")
                .entity(String.class)
                .isEqualTo("bella")
                .path("searchCreators[*].handle")
                .entityList(String.class)
                .containsExactly("bella.bakes")
                .path("searchCreators[0].nickname")
                .entity(String.class)
                .isEqualTo("Nick b1")
                .path("searchCreators[0].followers")
                .entity(Map.class)
                .isEqualTo(Map.of("value", 20000, "exact", true));
        // Every nickname starts "Nick ": one rank, so more followers first (20,000, 1,200, 300).
        ana.document("{ searchCreators(text: \"nick\") { handle } }")
                .execute()
                .path("searchCreators[*].handle")
                .entityList(String.class)
                .containsExactly("bella.bakes", "ana.reads", "cara.codes");
        ana.document("{ canonicalHandle(text: \"Bella Bakes\") }")
                .execute()
                .path("canonicalHandle")
                .valueIsNull(); // a display name is no handle
        ana.document("{ searchCreators(text: \"nobody\") { handle } }")
                .execute()
                .path("searchCreators")
                .entityList(Object.class)
                .hasSize(0);
        ana.document("{ searchCreators(text: \" @ \") { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
        ana.document("{ searchCreators(text: \"nick\", first: 21) { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
        graphQl(null)
                .document("{ searchCreators(text: \"nick\") { handle } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "UNAUTHENTICATED"));
    }

    @Test
    void alerts_are_those_of_the_creators_the_user_follows() throws Exception {
        HttpGraphQlTester dora = graphQl(signIn("dora@example.com"));
        dora.document("mutation { trackCreator(input: {handle: \"ana.reads\"}) { errors { code } } }")
                .execute()
                .path("trackCreator.errors")
                .entityList(Object.class)
                .hasSize(0);
        dora.document("{ alerts(first: 10) { edges { node { id kind handle score } } pageInfo { hasNextPage } } }")
                .execute()
                .path("alerts.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("outlier|7100000000000000002|1h")
                .path("alerts.edges[0].node.handle")
                .entity(String.class)
                .isEqualTo("ana.reads");
        // Cara's follower drop is nobody's business here until someone follows her.
        graphQl(signIn("erin@example.com"))
                .document("{ alerts { edges { node { id } } } }")
                .execute()
                .path("alerts.edges")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void me_is_the_callers_own_account() {
        ana.document(
                        "{ me { email displayName roles tiktokHandle audience { niches ageBand } trackedHandles competitorHandles } }")
                .execute()
                .path("me.email")
                .entity(String.class)
                .isEqualTo("ana@example.com")
                .path("me.roles")
                .entityList(String.class)
                .containsExactly("USER");
    }

    @Test
    void nothing_runs_without_signing_in() {
        graphQl(null)
                .document("{ hashtagTrends(from: \"2026-11-01\", to: \"2026-11-30\") { hashtag } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
        graphQl(null)
                .document("{ __schema { types { name } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "UNAUTHENTICATED"));
    }

    static List<String> codes(List<org.springframework.graphql.ResponseError> errors) {
        return errors.stream()
                .map(e -> String.valueOf(e.getExtensions().get("code")))
                .toList();
    }
}
