package com.creatorcompass.query.activity;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;

import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.query.AlertView;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.query.accounts.Followed;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * LISTENs on {@link ActivityNotifier#CHANNEL} over one connection of its own and emits each notice to
 * the subscribed users who follow its creator (their own account, tracking list or competitors).
 * Nothing is looked up while no one is subscribed. If the connection drops (the database restarts)
 * it listens again after a second; what was announced meanwhile is not replayed: live activity is
 * news, the dashboards hold the record.
 */
public class ActivityListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActivityListener.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final DSLContext sql;
    private final QueryUpdateEmitter emitter;
    private volatile boolean running;
    private Thread thread;

    public ActivityListener(DataSource dataSource, DSLContext sql, QueryUpdateEmitter emitter) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.emitter = emitter;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "activity-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + ActivityNotifier.CHANNEL);
                PGConnection listening = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = listening.getNotifications(500);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            deliver(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Live activity: listening failed ({}); listening again in {}", e.toString(), RECONNECT);
                    pause();
                }
            }
        }
    }

    void deliver(String json) {
        if (!anyoneListening()) {
            return;
        }
        ActivityNotice notice;
        try {
            notice = ActivityNotifier.JSON.readValue(json, ActivityNotice.class);
        } catch (java.io.IOException e) {
            log.warn("Live activity: an unreadable notice was dropped: {}", json);
            return;
        }
        String handle = sql.select(DIM_CREATOR.HANDLE)
                .from(DIM_CREATOR)
                .where(DIM_CREATOR.CREATOR_ID.eq(notice.creatorId()))
                .fetchOne(DIM_CREATOR.HANDLE);
        if (handle == null) {
            return;
        }
        Set<String> watchers = Followed.usersFollowing(sql, handle);
        if (watchers.isEmpty()) {
            return;
        }
        Alert alert = notice.alert();
        AlertView view = alert == null
                ? null
                : new AlertView(
                        alert.id(),
                        alert.kind().name(),
                        notice.creatorId(),
                        handle,
                        alert.videoId(),
                        alert.at(),
                        alert.observed(),
                        alert.reference(),
                        alert.score(),
                        alert.threshold(),
                        alert.restsOnRounded());
        emitter.emit(
                WatchActivity.class,
                query -> watchers.contains(query.userId()),
                new Activity(notice.kind(), notice.creatorId(), handle, notice.at(), notice.detail(), view));
    }

    private boolean anyoneListening() {
        return emitter.activeSubscriptions().stream().anyMatch(s -> s.getPayload() instanceof WatchActivity);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
