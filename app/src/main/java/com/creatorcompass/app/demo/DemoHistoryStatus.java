package com.creatorcompass.app.demo;

import com.creatorcompass.contracts.ops.FindHistoryProgress;
import com.creatorcompass.contracts.ops.HistoryProgress;
import java.time.Duration;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** How far the demo's history is, for whoever shows it: arriving (with its progress), ready, or failed. */
@Component
@Profile("demo")
class DemoHistoryStatus {

    private volatile boolean started;
    private volatile DemoBackfill.Progress progress;
    private volatile Duration readyAfter;
    private volatile String failure;

    void started() {
        started = true;
    }

    void arriving(DemoBackfill.Progress latest) {
        progress = latest;
    }

    /** From the start of recording until the dashboard has the history (or it failed). */
    boolean arriving() {
        return started && readyAfter == null && failure == null;
    }

    void ready(Duration sinceStart) {
        readyAfter = sinceStart;
    }

    void failed(String why) {
        failure = why;
    }

    DemoBackfill.Progress progress() {
        return progress;
    }

    /** How long after start the dashboard had its history; null until then. */
    Duration readyAfter() {
        return readyAfter;
    }

    String failure() {
        return failure;
    }

    /** The API's view: arriving from the start of recording until the dashboard has it (or it failed). */
    @QueryHandler
    HistoryProgress handle(FindHistoryProgress query) {
        DemoBackfill.Progress latest = progress;
        Duration ready = readyAfter;
        Duration left = latest == null ? null : latest.left();
        return new HistoryProgress(
                arriving(),
                latest == null ? (ready == null ? 0 : 100) : latest.percent(),
                latest == null ? 0 : latest.eventsPerSecond(),
                left == null ? null : left.toSeconds(),
                ready == null ? null : ready.toMillis() / 1e3);
    }
}
