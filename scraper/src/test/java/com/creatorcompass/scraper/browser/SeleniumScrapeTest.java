package com.creatorcompass.scraper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.ScrapeResult;
import com.creatorcompass.scraper.ScrapeResult.Failed;
import com.creatorcompass.scraper.ScrapeResult.Observed;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.standin.Fault;
import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticCreator;
import com.creatorcompass.standin.SyntheticProfile;
import com.creatorcompass.standin.SyntheticVideo;
import com.creatorcompass.standin.SyntheticWorld;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebDriver;

/** Real headless Chromium against the stand-in site. */
class SeleniumScrapeTest {

    static final Instant SITE_TIME = Instant.parse("2026-11-20T12:00:00Z");
    static StandInSite site;
    static BrowserPool pool;
    static SeleniumProfileSource source;
    static final List<WebDriver> sessions = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        site = new StandInSite(new SyntheticWorld(42, 2), () -> SITE_TIME, 0);
        site.slowDelay(Duration.ofSeconds(6));
        BrowserFactory factory =
                new BrowserFactory(null, "/usr/bin/chromium", "/usr/bin/chromedriver", Duration.ofSeconds(3));
        pool = new BrowserPool(
                () -> {
                    WebDriver driver = factory.newSession();
                    sessions.add(driver);
                    return driver;
                },
                1,
                100);
        source = new SeleniumProfileSource(
                pool, new PageParser(), site.baseUrl(), 30, Duration.ofSeconds(3), Clock.systemUTC());
    }

    @AfterEach
    void clear() {
        site.clearFaults();
        site.onRequest(path -> {});
    }

    @AfterAll
    static void stop() {
        pool.close();
        site.close();
    }

    @Test
    void a_profile_with_thirty_videos_is_observed_with_every_number_right() {
        SyntheticCreator creator = site.world().creator("booktok.creator1").orElseThrow();
        SyntheticProfile expected = site.world().profileAt(creator, SITE_TIME);
        List<SyntheticVideo> expectedVideos =
                site.world().videosAt(creator, SITE_TIME).subList(0, 30);

        Observed observed = (Observed) source.scrape("booktok.creator1");

        assertThat(observed.source()).isEqualTo(SnapshotSource.SIMULATION);
        assertThat(observed.profile().followers()).isEqualTo(Count.exact(expected.followers()));
        assertThat(observed.profile().following()).isEqualTo(Count.exact(expected.following()));
        assertThat(observed.profile().friends()).isEqualTo(Count.exact(expected.friends()));
        assertThat(observed.profile().likes()).isEqualTo(Count.exact(expected.likes()));
        assertThat(observed.profile().videos()).isEqualTo(Count.exact(expected.videoCount()));
        assertThat(observed.profile().tiktokUserId()).isEqualTo(creator.userId());
        assertThat(observed.videos()).hasSize(30);
        for (int i = 0; i < 30; i++) {
            VideoObservation seen = observed.videos().get(i);
            SyntheticVideo truth = expectedVideos.get(i);
            assertThat(seen.videoId()).isEqualTo(truth.id());
            assertThat(seen.postedAt()).isEqualTo(truth.postedAt());
            assertThat(seen.hashtags()).isEqualTo(truth.hashtags());
            assertThat(seen.durationSeconds()).isEqualTo(truth.durationSeconds());
            assertThat(List.of(seen.views(), seen.likes(), seen.comments(), seen.shares(), seen.saves()))
                    .isEqualTo(List.of(
                            Count.exact(truth.views()),
                            Count.exact(truth.likes()),
                            Count.exact(truth.comments()),
                            Count.exact(truth.shares()),
                            Count.exact(truth.saves())));
        }
    }

    @Test
    void older_items_without_saves_and_photo_posts_are_read_through_the_same_readers() {
        site.fault("booktok.creator1", Fault.OLDER_ITEM_FORMAT);
        SyntheticCreator creator = site.world().creator("booktok.creator1").orElseThrow();
        List<SyntheticVideo> expectedVideos =
                site.world().videosAt(creator, SITE_TIME).subList(0, 30);

        Observed observed = (Observed) source.scrape("booktok.creator1");

        assertThat(observed.videos()).hasSize(30);
        assertThat(observed.videos()).extracting(VideoObservation::saves).containsOnlyNulls();
        for (int i = 0; i < 30; i++) {
            VideoObservation seen = observed.videos().get(i);
            SyntheticVideo truth = expectedVideos.get(i);
            assertThat(seen.views().value()).isEqualTo(truth.views());
            boolean photo = truth.photoPostInOlderFormat();
            assertThat(seen.kind()).isEqualTo(photo ? PostKind.PHOTO : PostKind.VIDEO);
            assertThat(seen.durationSeconds()).isEqualTo(photo ? null : truth.durationSeconds());
        }
        assertThat(observed.videos()).extracting(VideoObservation::kind).contains(PostKind.PHOTO, PostKind.VIDEO);
    }

    @ParameterizedTest(name = "{0} ends as {1}")
    @CsvSource({
        "NOT_FOUND,      NOT_FOUND",
        "BANNED,         NOT_FOUND",
        "PRIVATE,        PRIVATE",
        "REGION_BLOCKED, BLOCKED",
        "CAPTCHA,        CAPTCHA",
        "CHALLENGE,      CAPTCHA",
        "LOGIN_WALL,     BLOCKED",
        "RATE_LIMITED,   BLOCKED",
        "SLOW,           TIMEOUT",
        "MALFORMED_JSON, LAYOUT_CHANGED",
        "CHANGED_LAYOUT, LAYOUT_CHANGED"
    })
    void each_fault_ends_in_its_classified_failure(Fault fault, FailureReason reason) {
        site.fault("dance.creator1", fault);

        ScrapeResult result = source.scrape("dance.creator1");

        assertThat(result).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(reason);
            assertThat(failed.evidence()).containsKey("url");
        });
    }

    @Test
    void a_bio_its_owner_edited_on_the_stand_in_site_is_what_the_next_scrape_sees() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String edit = site.baseUrl() + "/@booktok.creator2/edit";
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(edit)).GET().build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("Edit the bio of @booktok.creator2", "Synthetic booktok creator");
        // A bio that tries to end the page's data script early: the page stays whole, the bio is read as typed.
        String bio = "books daily </script><b>cc-7KQ4M2XA</b>";
        HttpResponse<String> saved = http.send(
                HttpRequest.newBuilder(URI.create(edit))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "bio=" + URLEncoder.encode(bio, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(303);

        Observed observed = (Observed) source.scrape("booktok.creator2");
        assertThat(observed.profile().bio()).isEqualTo(bio);
        assertThat(observed.videos()).isNotEmpty();

        HttpResponse<String> tooLong = http.send(
                HttpRequest.newBuilder(URI.create(edit))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("bio=" + "x".repeat(81)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("A TikTok bio holds at most 80 characters.");
        assertThat(site.bio(site.world().creator("booktok.creator2").orElseThrow()))
                .as("unchanged")
                .isEqualTo(bio);
    }

    @Test
    void an_unknown_handle_is_not_found() {
        Failed failed = (Failed) source.scrape("nobody.knows.me");

        assertThat(failed.reason()).isEqualTo(FailureReason.NOT_FOUND);
        assertThat(failed.evidence()).containsEntry("statusCode", "10202");
    }

    @Test
    void when_the_item_list_fails_the_videos_come_from_their_pages() {
        site.fault("cooking.creator2", Fault.BROKEN_ITEM_LIST);
        SyntheticCreator creator = site.world().creator("cooking.creator2").orElseThrow();
        List<String> expectedIds = site.world().videosAt(creator, SITE_TIME).stream()
                .limit(30)
                .map(SyntheticVideo::id)
                .toList();

        Observed observed = (Observed) source.scrape("cooking.creator2");

        assertThat(observed.videos()).extracting(VideoObservation::videoId).isEqualTo(expectedIds);
    }

    @Test
    void a_browser_crash_mid_scrape_is_retried_on_a_fresh_session() {
        int before = pool.sessionsStarted();
        AtomicBoolean crashed = new AtomicBoolean();
        site.onRequest(path -> {
            if (path.startsWith("/api/post/item_list/") && crashed.compareAndSet(false, true)) {
                WebDriver victim = sessions.get(sessions.size() - 1);
                Thread killer = new Thread(victim::quit);
                killer.start();
                try {
                    killer.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });

        ScrapeResult result = source.scrape("tech.creator1");

        assertThat(crashed).isTrue();
        assertThat(result).isInstanceOf(Observed.class);
        assertThat(((Observed) result).videos()).hasSize(30);
        assertThat(pool.sessionsStarted()).isEqualTo(before + 1 + (before == 0 ? 1 : 0));
    }
}
