package com.creatorcompass.bench;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.runtime.ConsumerLag;
import java.time.Duration;
import java.util.List;

/**
 * A Kafka Streams application's steady-state rate over the event topic, read off its committed offsets
 * every 100 ms: from the first sample at which it has committed {@link #WARMED_UP} of the events (so the
 * start, the topics' metadata, the stores' opening and the JIT's first compilations are behind it) to
 * the sample at which every input, its internal hand-over topics included, is committed to the end.
 */
final class StreamProgress {

    static final double WARMED_UP = 0.10;

    /** Events processed over how long. */
    record Window(long events, double seconds) {
        double perSecond() {
            return events / seconds;
        }

        Window plus(Window other) {
            return new Window(events + other.events, seconds + other.seconds);
        }
    }

    private StreamProgress() {}

    static Window steadyState(ConsumerLag lag, String applicationId, long events, List<String> inputs, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long start = 0;
        long consumedAtStart = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            long consumed = events - lag.of(applicationId, List.of(Topics.EVENTS));
            long now = System.nanoTime();
            if (start == 0 && consumed >= events * WARMED_UP) {
                start = now;
                consumedAtStart = consumed;
            }
            if (start != 0 && now > start && consumed == events && lag.of(applicationId, inputs) == 0) {
                return new Window(events - consumedAtStart, (now - start) / 1e9);
            }
        }
        throw new IllegalStateException(applicationId + " did not process " + events + " events within " + limit);
    }
}
