package com.creatorcompass.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ScrapeRunnerTest {

    static final ScrapeResult.Observed OBSERVED = new ScrapeResult.Observed(
            new ProfileObservation(
                    Instant.now(),
                    "1",
                    "s",
                    "n",
                    "b",
                    false,
                    Count.exact(10),
                    Count.exact(1),
                    Count.exact(5),
                    Count.exact(2)),
            List.of(),
            SnapshotSource.SIMULATION);
    static final ScrapeResult.Failed TIMEOUT =
            new ScrapeResult.Failed(FailureReason.TIMEOUT, "slow", Map.of("url", "u"));
    static final ScrapeResult.Failed CAPTCHA =
            new ScrapeResult.Failed(FailureReason.CAPTCHA, "verify", Map.of("url", "u"));

    final CommandGateway commands = mock(CommandGateway.class);
    final HostThrottle throttle = new HostThrottle(Duration.ZERO, Duration.ofMinutes(1), Clock.systemUTC());

    @Test
    void a_timeout_is_retried_and_the_observation_recorded_once() throws Exception {
        Queue<ScrapeResult> answers = new ArrayDeque<>(List.of(TIMEOUT, TIMEOUT, OBSERVED));

        ScrapeResult result = runner(answers, 3).scrapeAndRecord("c-1", "some.one");

        assertThat(result).isEqualTo(OBSERVED);
        assertThat(answers).isEmpty();
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(1)).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(RecordScrape.class, scrape -> {
            assertThat(scrape.creatorId()).isEqualTo("c-1");
            assertThat(scrape.source()).isEqualTo(SnapshotSource.SIMULATION);
        });
    }

    @Test
    void a_timeout_that_persists_ends_in_one_recorded_failure() throws Exception {
        Queue<ScrapeResult> answers = new ArrayDeque<>(List.of(TIMEOUT, TIMEOUT, TIMEOUT, OBSERVED));

        runner(answers, 3).scrapeAndRecord("c-1", "some.one");

        assertThat(answers).containsExactly(OBSERVED);
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(1)).sendAndWait(sent.capture());
        assertThat(sent.getValue())
                .isInstanceOfSatisfying(
                        RecordScrapeFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(FailureReason.TIMEOUT));
    }

    @Test
    void a_captcha_is_not_retried_and_pauses_the_whole_host_twice_as_long_each_time() throws Exception {
        Queue<ScrapeResult> answers = new ArrayDeque<>(List.of(CAPTCHA, CAPTCHA));
        ScrapeRunner runner = runner(answers, 3);
        when(commands.sendAndWait(any())).thenReturn(null);

        Instant before = Instant.now();
        runner.scrapeAndRecord("c-1", "some.one");
        Instant firstPause = throttle.nextAllowed("stand-in.test");

        assertThat(answers).hasSize(1);
        assertThat(Duration.between(before, firstPause)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));
        assertThat(throttle.pushedBack("stand-in.test")).isEqualTo(Duration.ofMinutes(2));
        throttle.succeeded("stand-in.test");
        assertThat(throttle.pushedBack("stand-in.test")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void an_observation_the_command_side_refuses_is_recorded_as_a_failure() throws Exception {
        when(commands.sendAndWait(any(RecordScrape.class)))
                .thenThrow(new com.creatorcompass.contracts.CommandRejectedException(
                        com.creatorcompass.contracts.Rejection.INVALID_ARGUMENT,
                        "video 1 was posted after it was seen"));

        ScrapeResult result = runner(new ArrayDeque<>(List.of(OBSERVED)), 3).scrapeAndRecord("c-1", "some.one");

        assertThat(result).isInstanceOfSatisfying(ScrapeResult.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
            assertThat(failed.detail())
                    .isEqualTo("the observation was refused (INVALID_ARGUMENT): video 1 was posted after it was seen");
        });
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues().get(1)).isInstanceOf(RecordScrapeFailure.class);
    }

    @Test
    void while_the_store_restarts_the_same_observation_is_sent_again_with_the_same_scrape_id() throws Exception {
        java.sql.SQLException restarting =
                new java.sql.SQLException("terminating connection due to administrator command", "57P01");
        when(commands.sendAndWait(any(RecordScrape.class)))
                .thenThrow(new IllegalStateException("could not append", restarting))
                .thenThrow(new IllegalStateException(
                        "could not append", new java.sql.SQLTransientConnectionException("pool timed out")))
                .thenReturn(null);

        ScrapeResult result = runner(new ArrayDeque<>(List.of(OBSERVED)), 3).scrapeAndRecord("c-1", "some.one");

        assertThat(result).isEqualTo(OBSERVED);
        ArgumentCaptor<RecordScrape> sent = ArgumentCaptor.forClass(RecordScrape.class);
        verify(commands, times(3)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues())
                .extracting(RecordScrape::scrapeId)
                .containsOnly(sent.getAllValues().get(0).scrapeId());
    }

    @Test
    void a_store_that_stays_away_fails_the_scrape_after_a_bounded_number_of_sends_and_a_bug_is_not_retried() {
        when(commands.sendAndWait(any(RecordScrape.class)))
                .thenThrow(new IllegalStateException("down", new java.sql.SQLException("connection refused", "08001")));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> runner(new ArrayDeque<>(List.of(OBSERVED)), 3).scrapeAndRecord("c-1", "some.one"))
                .hasMessage("down");
        verify(commands, times(ScrapeRunner.STORE_ATTEMPTS)).sendAndWait(any(RecordScrape.class));

        org.mockito.Mockito.reset(commands);
        when(commands.sendAndWait(any(RecordScrape.class))).thenThrow(new IllegalStateException("a bug"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> runner(new ArrayDeque<>(List.of(OBSERVED)), 3).scrapeAndRecord("c-1", "some.one"))
                .hasMessage("a bug");
        verify(commands, times(1)).sendAndWait(any(RecordScrape.class));
    }

    @Test
    void a_zero_backoff_retries_without_pausing() throws Exception {
        Queue<ScrapeResult> answers = new ArrayDeque<>(List.of(TIMEOUT, OBSERVED));
        ScrapeRunner hurried = new ScrapeRunner(
                handle -> answers.remove(),
                throttle,
                commands,
                "http://stand-in.test",
                3,
                Duration.ZERO,
                Clock.systemUTC());

        assertThat(hurried.scrapeAndRecord("c-1", "some.one")).isEqualTo(OBSERVED);
        assertThat(answers).isEmpty();
    }

    @Test
    void shutting_down_during_a_pause_between_tries_ends_the_scrape_at_once_and_records_nothing() throws Exception {
        ScrapeRunner slow = new ScrapeRunner(
                handle -> TIMEOUT,
                throttle,
                commands,
                "http://stand-in.test",
                3,
                Duration.ofSeconds(30),
                Clock.systemUTC());
        Thread scraping = Thread.currentThread();
        Thread shutdown = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            scraping.interrupt();
        });
        shutdown.start();
        long started = System.nanoTime();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> slow.scrapeAndRecord("c-1", "some.one"))
                .isInstanceOf(InterruptedException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        verify(commands, times(0)).sendAndWait(any());
        shutdown.join();
    }

    private ScrapeRunner runner(Queue<ScrapeResult> answers, int attempts) {
        return new ScrapeRunner(
                handle -> answers.remove(),
                throttle,
                commands,
                "http://stand-in.test",
                attempts,
                Duration.ofMillis(1),
                Clock.systemUTC());
    }
}
