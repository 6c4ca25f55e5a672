package com.creatorcompass.query.notices;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * LISTENs on every {@link NoticeChannel} over one connection of its own and hands each notice to its
 * channel. If the connection drops (the database restarts) the channels hear {@code deaf()}, and it
 * listens again after a second; what was sent meanwhile is not replayed, which each channel knows
 * from {@code listening()}.
 */
public class NoticeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeListener.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final Map<String, NoticeChannel> channels;
    private volatile boolean running;
    private Thread thread;

    public NoticeListener(DataSource dataSource, List<NoticeChannel> channels) {
        this.dataSource = dataSource;
        this.channels = channels.stream().collect(Collectors.toMap(NoticeChannel::channel, Function.identity()));
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "notice-listener");
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
            boolean listening = false;
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                for (String channel : channels.keySet()) {
                    statement.execute("listen " + channel);
                }
                listening = true;
                channels.values().forEach(NoticeChannel::listening);
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notices.getNotifications(500);
                    if (heard != null) {
                        for (PGNotification notice : heard) {
                            hand(notice);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Notices: listening failed ({}); listening again in {}", e.toString(), RECONNECT);
                }
            } finally {
                if (listening) {
                    channels.values().forEach(NoticeChannel::deaf);
                }
            }
            if (running) {
                pause();
            }
        }
    }

    private void hand(PGNotification notice) {
        NoticeChannel channel = channels.get(notice.getName());
        if (channel == null) {
            return;
        }
        try {
            channel.heard(notice.getParameter());
        } catch (RuntimeException e) {
            log.warn("Notices: a notice on {} was dropped: {}", notice.getName(), e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
