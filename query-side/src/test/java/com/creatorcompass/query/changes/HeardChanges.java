package com.creatorcompass.query.changes;

import com.creatorcompass.contracts.query.ReadModelNews;
import com.creatorcompass.query.notices.NoticeListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** What an API process would hear: a real {@link NoticeListener} with a {@link ChangeFeed}, news queued. */
public final class HeardChanges implements AutoCloseable {

    private final BlockingQueue<ReadModelNews> heard = new LinkedBlockingQueue<>();
    private final NoticeListener listener;

    /** Starts listening and waits until it does (the feed's first news is "everything changed"). */
    public HeardChanges(DataSource dataSource) throws InterruptedException {
        listener = new NoticeListener(dataSource, List.of(new ChangeFeed(heard::add)));
        listener.start();
        ReadModelNews first = next(Duration.ofSeconds(10));
        if (!(first instanceof ReadModelNews.EverythingChanged)) {
            throw new IllegalStateException("not listening: " + first);
        }
    }

    /** The next news, or null after the wait. */
    public ReadModelNews next(Duration wait) throws InterruptedException {
        return heard.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        listener.stop();
    }
}
