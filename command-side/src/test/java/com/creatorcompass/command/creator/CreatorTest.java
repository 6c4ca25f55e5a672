package com.creatorcompass.command.creator;

import static com.creatorcompass.command.Rejections.rejectedWith;
import static com.creatorcompass.command.creator.Scrapes.profile;
import static com.creatorcompass.command.creator.Scrapes.scrape;
import static com.creatorcompass.command.creator.Scrapes.video;
import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.command.CommandSideConfiguration;
import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.ReleaseUnfollowedCreator;
import com.creatorcompass.contracts.creator.RequestScrape;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import com.creatorcompass.contracts.creator.ScrapeRequested;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.creator.UntrackCreator;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreatorTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final String ID = "creator-1";
    static final CreatorTracked TRACKED = new CreatorTracked(ID, "charli", NOW.minusSeconds(3600), "user-1");

    AggregateTestFixture<Creator> fixture;
    InMemoryHandleClaims claims;
    InMemoryObservationLedger ledger;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Creator.class);
        claims = new InMemoryHandleClaims();
        ledger = new InMemoryObservationLedger();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fixture.registerCommandTargetResolver(new CommandSideConfiguration().contractCommandTargets());
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(ledger);
        fixture.registerAnnotatedCommandHandler(
                new TrackCreatorHandler(fixture.getRepository(), claims, () -> ID, clock));
    }

    @Nested
    class Tracking {

        @Test
        void a_new_handle_is_tracked_in_canonical_lower_case() {
            fixture.givenNoPriorActivity()
                    .when(new TrackCreator("@Charli.DAmelio", "user-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(ID)
                    .expectEvents(new CreatorTracked(ID, "charli.damelio", NOW, "user-1"));
        }

        @Test
        void a_handle_outside_the_tiktok_format_is_rejected() {
            for (String bad : List.of("a", "has space", "twenty-five-characters-xx", "emoji😀", "dash-ed", "")) {
                fixture.givenNoPriorActivity()
                        .when(new TrackCreator(bad, "user-1"))
                        .expectNoEvents()
                        .expectException(rejectedWith(Rejection.INVALID_HANDLE));
            }
        }

        @Test
        void a_handle_tracked_already_is_rejected() {
            claims.with("charli", ID);
            fixture.given(TRACKED)
                    .when(new TrackCreator("CHARLI", "user-2"))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.HANDLE_ALREADY_TRACKED))
                    .expectExceptionMessage("@charli is already tracked");
        }

        @Test
        void tracking_an_untracked_handle_again_resumes_the_same_creator() {
            claims.with("charli", ID);
            fixture.given(TRACKED, new CreatorUntracked(ID, "charli", NOW.minusSeconds(60), "user-1"))
                    .when(new TrackCreator("charli", "user-2"))
                    .expectResultMessagePayload(ID)
                    .expectEvents(new CreatorTracked(ID, "charli", NOW, "user-2"));
        }

        @Test
        void untracking_keeps_the_handle_for_later() {
            fixture.given(TRACKED)
                    .when(new UntrackCreator(ID, "user-1"))
                    .expectEvents(new CreatorUntracked(ID, "charli", NOW, "user-1"));
        }

        @Test
        void a_scrape_is_requested_for_a_tracked_creator() {
            fixture.given(TRACKED)
                    .when(new RequestScrape(ID, "user-2"))
                    .expectEvents(new ScrapeRequested(ID, "charli", NOW, "user-2"));
        }

        @Test
        void a_scrape_of_an_untracked_creator_is_rejected() {
            fixture.given(TRACKED, new CreatorUntracked(ID, "charli", NOW.minusSeconds(60), "user-1"))
                    .when(new RequestScrape(ID, "user-2"))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.CREATOR_NOT_TRACKED));
        }

        @Test
        void a_creator_a_user_tracked_is_released_when_its_last_follower_drops_it() {
            claims.with("charli", ID);
            fixture.given(new CreatorTracked(ID, "charli", NOW.minusSeconds(3600), "u-0123456789abcdef01234567"))
                    .when(new ReleaseUnfollowedCreator("charli", "u-fedcba9876543210fedcba98"))
                    .expectEvents(new CreatorUntracked(ID, "charli", NOW, "u-fedcba9876543210fedcba98"));
        }

        @Test
        void a_creator_an_operator_tracked_stays_tracked_when_users_drop_it() {
            claims.with("charli", ID);
            fixture.given(new CreatorTracked(ID, "charli", NOW.minusSeconds(3600), "cli"))
                    .when(new ReleaseUnfollowedCreator("charli", "u-fedcba9876543210fedcba98"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_creator_no_longer_tracked_is_released_quietly() {
            claims.with("charli", ID);
            fixture.given(
                            new CreatorTracked(ID, "charli", NOW.minusSeconds(3600), "u-0123456789abcdef01234567"),
                            new CreatorUntracked(ID, "charli", NOW.minusSeconds(60), "cli"))
                    .when(new ReleaseUnfollowedCreator("charli", "u-fedcba9876543210fedcba98"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_operator_tracking_a_released_creator_again_holds_it() {
            claims.with("charli", ID);
            fixture.given(
                            new CreatorTracked(ID, "charli", NOW.minusSeconds(3600), "u-0123456789abcdef01234567"),
                            new CreatorUntracked(ID, "charli", NOW.minusSeconds(60), "u-0123456789abcdef01234567"),
                            new CreatorTracked(ID, "charli", NOW.minusSeconds(30), "demo"))
                    .when(new ReleaseUnfollowedCreator("charli", "u-0123456789abcdef01234567"))
                    .expectNoEvents();
        }

        @Test
        void releasing_a_handle_never_tracked_does_nothing() {
            fixture.givenNoPriorActivity()
                    .when(new ReleaseUnfollowedCreator("never.seen", "u-fedcba9876543210fedcba98"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void untracking_twice_is_rejected() {
            fixture.given(TRACKED, new CreatorUntracked(ID, "charli", NOW.minusSeconds(60), "user-1"))
                    .when(new UntrackCreator(ID, "user-1"))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.CREATOR_NOT_TRACKED));
        }
    }

    @Nested
    class Scraping {

        @Test
        void a_scrape_becomes_one_profile_event_and_one_event_per_video() {
            RecordScrape scrape = scrape(ID, "scrape-1", NOW.minusSeconds(120), 2);
            VideoObservation first = scrape.videos().get(0);
            fixture.given(TRACKED)
                    .when(scrape)
                    .expectResultMessagePayload(ScrapeOutcome.RECORDED)
                    .expectEvents(
                            new ProfileSnapshotRecorded(ID, "scrape-1", NOW, SnapshotSource.SELENIUM, scrape.profile()),
                            new VideoSnapshotRecorded(ID, "scrape-1", NOW, SnapshotSource.SELENIUM, first),
                            new VideoSnapshotRecorded(
                                    ID,
                                    "scrape-1",
                                    NOW,
                                    SnapshotSource.SELENIUM,
                                    scrape.videos().get(1)));
            assertThat(first.hashtags())
                    .as("#FYP, dance, fyp in canonical form")
                    .containsExactly("fyp", "dance");
        }

        @Test
        void a_retried_scrape_is_acknowledged_and_ignored() {
            ledger.alreadyRecorded("scrape-1");
            fixture.given(TRACKED)
                    .when(scrape(ID, "scrape-1", NOW, 3))
                    .expectResultMessagePayload(ScrapeOutcome.ALREADY_RECORDED)
                    .expectNoEvents();
        }

        @Test
        void a_negative_count_is_rejected_with_the_field_named() {
            ProfileObservation negative =
                    profileAt(NOW).followers(Count.exact(-5)).build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(ID, "scrape-1", SnapshotSource.SELENIUM, negative, List.of()))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.NEGATIVE_COUNT))
                    .expectExceptionMessage("profile.followers must not be negative (was -5)");
        }

        @Test
        void region_and_language_are_recorded_when_known_and_a_malformed_code_refuses_the_scrape() {
            ProfileObservation placed = profileAt(NOW).region("GB", "en").build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(ID, "scrape-1", SnapshotSource.SELENIUM, placed, List.of()))
                    .expectEvents(new ProfileSnapshotRecorded(ID, "scrape-1", NOW, SnapshotSource.SELENIUM, placed));
            ProfileObservation malformed = profileAt(NOW).region("gbr", null).build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(ID, "scrape-2", SnapshotSource.SELENIUM, malformed, List.of()))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.INVALID_ARGUMENT))
                    .expectExceptionMessage(
                            "profile.region must be an ISO 3166-1 alpha-2 code in upper case (e.g. GB), was 'gbr'");
        }

        @Test
        void a_count_the_page_did_not_show_is_recorded_as_unknown_and_a_photo_post_without_a_length() {
            VideoObservation noSaves = videoAt("7300000000000000001", NOW).build();
            VideoObservation photo = videoAt("7300000000000000002", NOW)
                    .durationSeconds(null)
                    .saves(3)
                    .photo()
                    .build();
            ProfileObservation noFollowing = profileAt(NOW).following(null).build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(ID, "scrape-1", SnapshotSource.IMPORT, noFollowing, List.of(noSaves, photo)))
                    .expectEvents(
                            new ProfileSnapshotRecorded(ID, "scrape-1", NOW, SnapshotSource.IMPORT, noFollowing),
                            new VideoSnapshotRecorded(ID, "scrape-1", NOW, SnapshotSource.IMPORT, noSaves),
                            new VideoSnapshotRecorded(ID, "scrape-1", NOW, SnapshotSource.IMPORT, photo));
            assertThat(noFollowing.following()).isNull();
            assertThat(noSaves.saves()).isNull();
            assertThat(photo.kind()).isEqualTo(PostKind.PHOTO);
        }

        @Test
        void a_photo_post_with_a_length_refuses_the_whole_scrape() {
            VideoObservation photo = videoAt("7300000000000000001", NOW)
                    .photo()
                    .durationSeconds(12)
                    .build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(ID, "scrape-1", SnapshotSource.IMPORT, profile(NOW, 10), List.of(photo)))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.INVALID_ARGUMENT))
                    .expectExceptionMessage("post 7300000000000000001 is a photo post and so has no duration (was 12)");
        }

        @Test
        void a_negative_video_count_rejects_the_whole_scrape() {
            VideoObservation v = video("7300000000000000001", NOW, 100);
            VideoObservation negative = videoAt("7300000000000000001", NOW)
                    .counts(Count.exact(100), Count.exact(10), Count.rounded(-1), Count.exact(0))
                    .build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(
                            ID, "scrape-1", SnapshotSource.SELENIUM, profile(NOW, 10), List.of(v, negative)))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.NEGATIVE_COUNT))
                    .expectExceptionMessage("video 7300000000000000001 comments must not be negative (was -1)");
        }

        @Test
        void an_observation_from_the_future_is_rejected_beyond_the_clock_skew() {
            fixture.given(TRACKED)
                    .when(scrape(ID, "scrape-1", NOW.plusSeconds(5 * 60 + 1), 0))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.CAPTURED_IN_FUTURE));
        }

        @Test
        void an_observation_within_the_clock_skew_is_accepted() {
            fixture.given(TRACKED)
                    .when(scrape(ID, "scrape-1", NOW.plusSeconds(5 * 60), 0))
                    .expectResultMessagePayload(ScrapeOutcome.RECORDED);
        }

        @Test
        void a_late_observation_from_long_ago_is_accepted() {
            fixture.given(TRACKED)
                    .when(scrape(ID, "backfill-2021", Instant.parse("2021-03-01T00:00:00Z"), 1))
                    .expectResultMessagePayload(ScrapeOutcome.RECORDED);
        }

        @Test
        void a_video_posted_after_it_was_seen_is_rejected() {
            VideoObservation impossible = videoAt("7300000000000000001", NOW)
                    .postedAt(NOW.plusSeconds(1))
                    .build();
            fixture.given(TRACKED)
                    .when(new RecordScrape(
                            ID, "scrape-1", SnapshotSource.SELENIUM, profile(NOW, 10), List.of(impossible)))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.INVALID_ARGUMENT));
        }

        @Test
        void the_same_video_twice_in_one_scrape_is_rejected() {
            VideoObservation v = video("7300000000000000001", NOW, 100);
            fixture.given(TRACKED)
                    .when(new RecordScrape(ID, "scrape-1", SnapshotSource.SELENIUM, profile(NOW, 10), List.of(v, v)))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.INVALID_ARGUMENT))
                    .expectExceptionMessage("video 7300000000000000001 appears twice in one scrape");
        }

        @Test
        void a_scrape_for_an_untracked_creator_is_rejected() {
            fixture.given(TRACKED, new CreatorUntracked(ID, "charli", NOW.minusSeconds(60), "user-1"))
                    .when(scrape(ID, "scrape-1", NOW, 1))
                    .expectNoEvents()
                    .expectException(rejectedWith(Rejection.CREATOR_NOT_TRACKED));
        }

        @Test
        void a_failed_scrape_is_recorded_with_its_reason_and_evidence() {
            Instant attempted = NOW.minusSeconds(30);
            Map<String, String> evidence =
                    Map.of("url", "https://www.tiktok.com/@charli", "title", "Verify to continue");
            fixture.given(TRACKED)
                    .when(new RecordScrapeFailure(
                            ID, "attempt-1", attempted, FailureReason.CAPTCHA, "captcha wall", evidence))
                    .expectResultMessagePayload(ScrapeOutcome.RECORDED)
                    .expectEvents(new ScrapeFailed(
                            ID, "attempt-1", attempted, NOW, FailureReason.CAPTCHA, "captcha wall", evidence));
        }

        @Test
        void a_retried_failure_report_is_ignored() {
            ledger.alreadyRecorded("attempt-1");
            fixture.given(TRACKED)
                    .when(new RecordScrapeFailure(ID, "attempt-1", NOW, FailureReason.TIMEOUT, "slow", Map.of()))
                    .expectResultMessagePayload(ScrapeOutcome.ALREADY_RECORDED)
                    .expectNoEvents();
        }

        @Test
        void a_failure_report_without_a_reason_is_rejected() {
            fixture.given(TRACKED)
                    .when(new RecordScrapeFailure(ID, "attempt-1", NOW, null, "?", Map.of()))
                    .expectNoEvents()
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("a failure needs its reason");
        }
    }
}
