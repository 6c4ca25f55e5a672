package com.creatorcompass.command;

import static com.creatorcompass.command.creator.Scrapes.scrape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.creator.UntrackCreator;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.user.AddCompetitor;
import com.creatorcompass.contracts.user.LinkTikTokAccount;
import com.creatorcompass.contracts.user.RegisterUser;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = CommandSideTestApplication.class, properties = "compass.command.snapshot-threshold=50")
class EventStoreIntegrationTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsSpringDataSource(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commands_go_in_and_their_events_come_back_in_order() {
        String creatorId = track("ordered.one");
        Instant seen = Instant.now().minusSeconds(60);
        assertThat((ScrapeOutcome) commands.sendAndWait(scrape(creatorId, "s-1", seen, 2)))
                .isEqualTo(ScrapeOutcome.RECORDED);
        commands.sendAndWait(
                new RecordScrapeFailure(creatorId, "a-1", seen, FailureReason.TIMEOUT, "no data in 30 s", Map.of()));
        commands.sendAndWait(new UntrackCreator(creatorId, "test"));

        List<? extends DomainEventMessage<?>> history = historyOf(creatorId);

        assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(history)
                .extracting(m -> m.getPayload().getClass().getSimpleName())
                .containsExactly(
                        "CreatorTracked",
                        "ProfileSnapshotRecorded",
                        "VideoSnapshotRecorded",
                        "VideoSnapshotRecorded",
                        "ScrapeFailed",
                        "CreatorUntracked");
        ProfileSnapshotRecorded profile =
                (ProfileSnapshotRecorded) history.get(1).getPayload();
        assertThat(profile.capturedAt()).isEqualTo(seen);
        assertThat(profile.recordedAt()).isAfter(seen);
        assertThat(profile.observation().followers().precision()).isEqualTo(Precision.EXACT);
        assertThat(profile.observation().likes().precision()).isEqualTo(Precision.ROUNDED);
        assertThat(((VideoSnapshotRecorded) history.get(2).getPayload())
                        .observation()
                        .hashtags())
                .containsExactly("fyp", "dance");
        assertThat(((ScrapeFailed) history.get(4).getPayload()).reason()).isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void payloads_are_stored_as_readable_json_and_never_as_large_objects() {
        String creatorId = track("readable.json");
        commands.sendAndWait(scrape(creatorId, "s-json", Instant.now(), 1));

        Map<String, Object> row = jdbc.queryForMap(
                "select payload ->> 'handle' as handle, payload_revision from event_store.readable_event "
                        + "where aggregate_identifier = ? and sequence_number = 0",
                creatorId);
        assertThat(row).containsEntry("handle", "readable.json").containsEntry("payload_revision", "1");
        Map<String, Object> profile = jdbc.queryForMap(
                "select payload -> 'observation' -> 'followers' ->> 'precision' as precision, payload_revision from event_store.readable_event "
                        + "where aggregate_identifier = ? and sequence_number = 1",
                creatorId);
        assertThat(profile).containsEntry("precision", "EXACT").containsEntry("payload_revision", "3");
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
                .isZero();
    }

    @Test
    void a_retried_scrape_is_stored_once() {
        String creatorId = track("retried.once");
        RecordScrape scrape = scrape(creatorId, "s-retry", Instant.now(), 3);

        assertThat((ScrapeOutcome) commands.sendAndWait(scrape)).isEqualTo(ScrapeOutcome.RECORDED);
        assertThat((ScrapeOutcome) commands.sendAndWait(scrape)).isEqualTo(ScrapeOutcome.ALREADY_RECORDED);

        assertThat(historyOf(creatorId)).hasSize(1 + 1 + 3);
    }

    @Test
    void a_scrape_delivered_twice_at_the_same_moment_is_stored_once() throws Exception {
        String creatorId = track("raced.retry");
        RecordScrape scrape = scrape(creatorId, "s-race", Instant.now(), 2);

        List<Object> outcomes = runConcurrently(8, () -> commands.sendAndWait(scrape));

        assertThat(outcomes).filteredOn(ScrapeOutcome.RECORDED::equals).hasSize(1);
        assertThat(historyOf(creatorId)).hasSize(1 + 1 + 2);
    }

    @Test
    void thirty_two_concurrent_requests_track_a_handle_exactly_once() throws Exception {
        List<Object> outcomes =
                runConcurrently(32, () -> commands.sendAndWait(new TrackCreator("Popular.Handle", "racer")));

        List<Object> creatorIds =
                outcomes.stream().filter(String.class::isInstance).toList();
        List<Object> rejections = outcomes.stream()
                .filter(CommandRejectedException.class::isInstance)
                .toList();
        assertThat(creatorIds).hasSize(1);
        assertThat(rejections).hasSize(31).allSatisfy(rejection -> {
            assertThat(((CommandRejectedException) rejection).rejection()).isEqualTo(Rejection.HANDLE_ALREADY_TRACKED);
            assertThat(((CommandRejectedException) rejection).getMessage())
                    .isEqualTo("@popular.handle is already tracked");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_store.readable_event "
                                + "where payload_type = ? and payload ->> 'handle' = 'popular.handle'",
                        Long.class,
                        CreatorTracked.class.getName()))
                .isEqualTo(1);
    }

    @Test
    void a_scrape_for_a_creator_never_tracked_is_rejected() {
        assertThatThrownBy(() -> commands.sendAndWait(scrape("no-such-creator", "s-x", Instant.now(), 0)))
                .isInstanceOfSatisfying(
                        CommandRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.CREATOR_NOT_TRACKED))
                .hasMessage("no creator with id no-such-creator was ever tracked");
        assertThat(jdbc.queryForObject(
                        "select count(*) from command_model.recorded_observation where observation_id = 's-x'",
                        Long.class))
                .isZero();
    }

    @Test
    void a_rejected_scrape_leaves_no_trace_so_a_corrected_retry_is_recorded() {
        String creatorId = track("corrected.retry");
        commands.sendAndWait(new UntrackCreator(creatorId, "test"));
        assertThatThrownBy(() -> commands.sendAndWait(scrape(creatorId, "s-corrected", Instant.now(), 1)))
                .isInstanceOf(CommandRejectedException.class);

        commands.sendAndWait(new TrackCreator("corrected.retry", "test"));

        assertThat((ScrapeOutcome) commands.sendAndWait(scrape(creatorId, "s-corrected", Instant.now(), 1)))
                .isEqualTo(ScrapeOutcome.RECORDED);
    }

    @Test
    void a_creator_with_a_long_history_loads_from_a_snapshot() {
        String creatorId = track("long.history");
        Instant start = Instant.now().minusSeconds(400 * 3600L);
        for (int i = 0; i < 120; i++) {
            commands.sendAndWait(scrape(creatorId, "s-long-" + i, start.plusSeconds(3600L * i), 1));
        }
        long lastSequence = historyOf(creatorId).size() - 1;

        assertThat(jdbc.queryForObject(
                        "select count(*) from event_store.snapshot_event_entry where aggregate_identifier = ?",
                        Long.class,
                        creatorId))
                .isPositive();
        DomainEventStream fromSnapshot = eventStore.readEvents(creatorId);
        List<DomainEventMessage<?>> read = new ArrayList<>();
        fromSnapshot.forEachRemaining(read::add);

        assertThat(read.get(0).getPayloadType().getSimpleName()).isEqualTo("Creator"); // the snapshot comes first
        assertThat(read.size()).isLessThanOrEqualTo(50 + 1);
        assertThat(read.get(read.size() - 1).getSequenceNumber()).isEqualTo(lastSequence);
        // The state it rebuilds still decides: the creator is tracked, so a new scrape is accepted.
        assertThat((ScrapeOutcome) commands.sendAndWait(scrape(creatorId, "s-after", Instant.now(), 0)))
                .isEqualTo(ScrapeOutcome.RECORDED);
    }

    @Test
    void a_user_account_lives_in_the_same_store_and_unknown_users_are_refused_clearly() {
        commands.sendAndWait(new RegisterUser("user-it-1", "Ana@Example.com", "Ana"));
        commands.sendAndWait(new LinkTikTokAccount("user-it-1", "@Ana.Reads"));
        commands.sendAndWait(new AddCompetitor("user-it-1", "bella"));

        assertThat(historyOf("user-it-1"))
                .extracting(m -> m.getPayload().getClass().getSimpleName())
                .containsExactly(
                        "UserRegistered", "TikTokAccountLinked", "TikTokVerificationCodeIssued", "CompetitorAdded");
        assertThatThrownBy(() -> commands.sendAndWait(new RegisterUser("user-it-1", "ana@example.com", "Ana")))
                .isInstanceOfSatisfying(
                        CommandRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.USER_ALREADY_REGISTERED));
        assertThatThrownBy(() -> commands.sendAndWait(new AddCompetitor("nobody", "bella")))
                .isInstanceOfSatisfying(
                        CommandRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.USER_NOT_REGISTERED))
                .hasMessage("no user with id nobody is registered");
    }

    @Test
    void an_event_stored_in_an_older_revision_is_read_in_the_current_shape() {
        jdbc.update(
                "insert into event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, 0, 'Creator', ?, ?, '1', "
                        + "convert_to(?, 'UTF8'), convert_to('{}', 'UTF8'))",
                "legacy-event-1",
                "legacy-creator",
                "2024-05-01T10:00:00Z",
                ProfileSnapshotRecorded.class.getName(),
                "{\"creatorId\":\"legacy-creator\",\"scrapeId\":\"import-1\",\"capturedAt\":\"2024-05-01T10:00:00Z\","
                        + "\"recordedAt\":\"2024-05-01T10:00:00Z\",\"source\":\"IMPORT\",\"nickname\":\"Old\",\"verified\":false,"
                        + "\"followers\":68300,\"following\":12,\"likes\":1200000,\"videos\":40}");

        ProfileSnapshotRecorded event =
                (ProfileSnapshotRecorded) historyOf("legacy-creator").get(0).getPayload();

        assertThat(event.observation().followers())
                .isEqualTo(com.creatorcompass.contracts.observation.Count.rounded(68_300));
        assertThat(event.observation().videos()).isEqualTo(com.creatorcompass.contracts.observation.Count.rounded(40));
    }

    @Test
    void a_scrape_showing_the_users_code_in_the_linked_accounts_bio_proves_the_account_theirs() {
        String creatorId = track("proof.me");
        commands.sendAndWait(new RegisterUser("user-proof", "proof@example.com", "Proof"));
        commands.sendAndWait(new LinkTikTokAccount("user-proof", "proof.me"));
        String code = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8')::json->>'code' from event_store.domain_event_entry "
                        + "where aggregate_identifier = 'user-proof' and payload_type like '%TikTokVerificationCodeIssued'",
                String.class);
        Instant seen = Instant.now().minusSeconds(30);

        commands.sendAndWait(withBio(scrape(creatorId, "s-proof-1", seen, 0), "no code here, cc-00000000"));
        commands.sendAndWait(withBio(
                scrape(creatorId, "s-proof-2", seen.plusSeconds(10), 0), "books daily ✨ " + code.toLowerCase()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_store.domain_event_entry "
                                        + "where aggregate_identifier = 'user-proof' and payload_type like '%TikTokAccountVerified'",
                                Long.class)
                        == 1);
        assertThat(jdbc.queryForObject(
                        "select convert_from(payload, 'UTF8')::json->>'scrapeId' from event_store.domain_event_entry "
                                + "where aggregate_identifier = 'user-proof' and payload_type like '%TikTokAccountVerified'",
                        String.class))
                .isEqualTo("s-proof-2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from command_model.pending_account_verification where user_id = 'user-proof'",
                        Long.class))
                .as("nothing left waiting")
                .isZero();
    }

    private static RecordScrape withBio(RecordScrape scrape, String bio) {
        ProfileObservation p = scrape.profile();
        return new RecordScrape(
                scrape.creatorId(),
                scrape.scrapeId(),
                scrape.source(),
                new ProfileObservation(
                        p.capturedAt(),
                        p.tiktokUserId(),
                        p.secUid(),
                        p.nickname(),
                        bio,
                        p.verified(),
                        p.followers(),
                        p.following(),
                        p.likes(),
                        p.videos()),
                scrape.videos());
    }

    private String track(String handle) {
        return commands.sendAndWait(new TrackCreator(handle, "test"));
    }

    private List<? extends DomainEventMessage<?>> historyOf(String creatorId) {
        return storage.readEvents(creatorId, 0).asStream().toList();
    }

    private static List<Object> runConcurrently(int parallel, Callable<Object> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return action.call();
                    } catch (CommandRejectedException rejected) {
                        return rejected;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
