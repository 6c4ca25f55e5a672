package com.creatorcompass.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticCreator;
import com.creatorcompass.standin.SyntheticWorld;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's history plan: one world with the stand-in site, one scrape a day, ids that make a second recording a no-op. */
class DemoHistoryPlanTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    final SyntheticWorld world = new SyntheticWorld(42, 4);
    final SyntheticCreator creator = world.creator("booktok.creator1").orElseThrow();
    final DemoHistory plan = new DemoHistory(world, TODAY, 180);

    @Test
    void a_scrape_a_day_for_180_days_before_today_with_posts_seen_at_the_planned_ages() {
        List<RecordScrape> scrapes = plan.scrapes(creator, "c1");

        assertThat(scrapes.stream()
                        .map(s -> s.profile()
                                .capturedAt()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate())
                        .distinct())
                .hasSize(180)
                .startsWith(TODAY.minusDays(180))
                .endsWith(TODAY.minusDays(1));
        assertThat(scrapes)
                .allSatisfy(scrape -> assertThat(scrape.videos().stream().map(VideoObservation::videoId))
                        .as("a scrape lists a post once")
                        .doesNotHaveDuplicates());
        assertThat(scrapes.stream()
                        .filter(s -> s.profile()
                                .capturedAt()
                                .equals(DemoHistory.profileInstant(
                                        creator,
                                        s.profile()
                                                .capturedAt()
                                                .atOffset(ZoneOffset.UTC)
                                                .toLocalDate()))))
                .as("every day closes at its midday")
                .hasSize(180);
        Instant start = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<VideoObservation> seen =
                scrapes.stream().flatMap(s -> s.videos().stream()).toList();
        assertThat(seen).isNotEmpty().allSatisfy(video -> {
            assertThat(video.capturedAt()).isBefore(start);
            assertThat(DemoHistory.AGES).contains(Duration.between(video.postedAt(), video.capturedAt()));
        });
        assertThat(seen.stream()
                        .map(v -> Duration.between(v.postedAt(), v.capturedAt()))
                        .distinct())
                .hasSize(6);
    }

    @Test
    void scrape_ids_are_stable_so_a_restart_records_nothing_twice() {
        List<String> first =
                plan.scrapes(creator, "c1").stream().map(RecordScrape::scrapeId).toList();
        List<String> again = new DemoHistory(world, TODAY, 180)
                .scrapes(creator, "c1").stream().map(RecordScrape::scrapeId).toList();
        List<String> tomorrow = new DemoHistory(world, TODAY.plusDays(1), 180)
                .scrapes(creator, "c1").stream().map(RecordScrape::scrapeId).toList();

        assertThat(again).isEqualTo(first);
        assertThat(new HashSet<>(first)).hasSameSizeAs(first);
        assertThat(tomorrow)
                .as("a day later the days both plans hold keep their ids")
                .containsAll(first.subList(2, first.size()));
    }

    @Test
    void the_history_at_t_is_what_the_stand_in_page_served_at_t_shows() throws Exception {
        RecordScrape day = plan.scrapes(creator, "c1").stream()
                .filter(s -> !s.videos().isEmpty())
                .skip(100)
                .findFirst()
                .orElseThrow();
        Instant t = day.profile().capturedAt();
        VideoObservation video = day.videos().get(0);
        PageParser parser = new PageParser();
        HttpClient http = HttpClient.newHttpClient();

        try (StandInSite site = new StandInSite(world, () -> t, 0)) {
            String page = http.send(
                            HttpRequest.newBuilder(URI.create(site.baseUrl() + "/@" + creator.handle()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            ProfileRead read = (ProfileRead)
                    parser.readProfile(page, site.baseUrl() + "/@" + creator.handle(), creator.handle(), t);
            assertThat(day.profile()).isEqualTo(read.profile());
        }
        try (StandInSite site = new StandInSite(world, video::capturedAt, 0)) {
            Set<VideoObservation> listed = new HashSet<>();
            for (int cursor = 0;
                    cursor < 2_000 && listed.stream().noneMatch(v -> v.videoId().equals(video.videoId()));
                    cursor += 35) {
                String list = http.send(
                                HttpRequest.newBuilder(URI.create(site.baseUrl()
                                                + "/api/post/item_list/?count=35&cursor=" + cursor + "&secUid="
                                                + URLEncoder.encode(creator.secUid(), StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                listed.addAll(parser.readItemList(list, video.capturedAt()).videos());
            }
            assertThat(listed).contains(video);
        }
    }
}
