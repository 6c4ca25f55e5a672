package com.creatorcompass.app.ops;

import com.creatorcompass.app.streams.StreamsReplay;
import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.ops.FindReplayStatus;
import com.creatorcompass.contracts.ops.Projection;
import com.creatorcompass.contracts.ops.ReplayRun;
import com.creatorcompass.contracts.ops.ReplayStatus;
import com.creatorcompass.contracts.ops.StartReplay;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.replay.WarehouseReplay;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replays asked for through the API: one at a time, in the background, inside this process (the
 * same work as {@code compass replay}). Their history lives as long as the process.
 */
@Component
public class ReplayOperations {

    private static final Logger log = LoggerFactory.getLogger(ReplayOperations.class);

    private final WarehouseReplay warehouse;
    private final ObjectProvider<StreamsReplay> streams;
    private final ProjectionStatus status;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "replay");
        thread.setDaemon(true); // a replay in flight must not keep a stopping process alive
        return thread;
    });
    private final List<ReplayRun> runs = new ArrayList<>();

    public ReplayOperations(
            WarehouseReplay warehouse, ObjectProvider<StreamsReplay> streams, ProjectionStatus status, Clock clock) {
        this.warehouse = warehouse;
        this.streams = streams;
        this.status = status;
        this.clock = clock;
    }

    @CommandHandler
    public synchronized ReplayRun handle(StartReplay command) {
        if (runs.stream().anyMatch(run -> run.state() == ReplayRun.State.RUNNING)) {
            throw new CommandRejectedException(
                    Rejection.REPLAY_ALREADY_RUNNING, "a replay is running; wait for it to finish");
        }
        if (command.projection() == Projection.STREAMS && streams.getIfAvailable() == null) {
            throw new CommandRejectedException(
                    Rejection.INVALID_ARGUMENT, "stream processing is not configured in this process");
        }
        ReplayRun run = new ReplayRun(
                UUID.randomUUID().toString(),
                command.projection(),
                ReplayRun.State.RUNNING,
                command.requestedBy(),
                clock.instant(),
                null,
                null);
        runs.add(0, run);
        worker.execute(() -> execute(run));
        return run;
    }

    @QueryHandler
    public synchronized ReplayStatus handle(FindReplayStatus query) {
        return new ReplayStatus(
                status.lags().stream()
                        .map(lag -> new ReplayStatus.ProcessorLag(lag.processor(), lag.segment(), lag.behind()))
                        .toList(),
                runs);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void execute(ReplayRun run) {
        String detail;
        ReplayRun.State state;
        try {
            detail = switch (run.projection()) {
                case WAREHOUSE -> {
                    WarehouseReplay.Report report = warehouse.replay(events -> {});
                    yield "rebuilt " + report.events() + " events; checksums before " + report.before() + ", after "
                            + report.after();
                }
                case STREAMS -> {
                    StreamsReplay.Report report = streams.getObject().replay(message -> {});
                    yield "generation " + report.fromGeneration() + " -> " + report.toGeneration() + ", "
                            + report.rows() + " rows; checksums before " + report.before() + ", after "
                            + report.after();
                }
            };
            state = ReplayRun.State.SUCCEEDED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            detail = "interrupted";
            state = ReplayRun.State.FAILED;
        } catch (RuntimeException e) {
            log.warn("Replay {} of {} failed", run.id(), run.projection(), e);
            detail = e.getMessage();
            state = ReplayRun.State.FAILED;
        }
        finish(run, state, detail);
    }

    private synchronized void finish(ReplayRun run, ReplayRun.State state, String detail) {
        runs.set(
                runs.indexOf(run),
                new ReplayRun(
                        run.id(),
                        run.projection(),
                        state,
                        run.requestedBy(),
                        run.startedAt(),
                        clock.instant(),
                        detail));
    }
}
