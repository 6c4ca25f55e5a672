package com.creatorcompass.query.activity;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.json.CompassJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;

/**
 * Tells the API processes what just happened to a creator, once the warehouse has it (the live
 * projection and the live series sink call in; replays do not): a NOTIFY on {@value #CHANNEL}, sent
 * in the writer's transaction, so PostgreSQL delivers it to every listening process only if and
 * when that transaction commits. {@link ActivityListener} turns it into subscription updates for
 * the users who follow the creator, in whichever process they are connected to.
 */
public class ActivityNotifier {

    static final String CHANNEL = "compass_activity";
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final ObjectMapper JSON = CompassJson.mapper();

    private final DSLContext sql;
    /** Alerts are delivered at least once by the stream sink; a user hears of each once. */
    private final Set<String> announcedAlerts = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    });

    public ActivityNotifier(DSLContext sql) {
        this.sql = sql;
    }

    /** The subscription's initial answer: nothing yet; what follows comes as updates. */
    @QueryHandler
    public Activity handle(WatchActivity query) {
        return null;
    }

    public void scrapeRecorded(ProfileSnapshotRecorded event) {
        publish(new ActivityNotice(
                Activity.Kind.SCRAPE_RECORDED,
                event.creatorId(),
                event.capturedAt(),
                event.observation().followers() == null
                        ? null
                        : "followers " + event.observation().followers().value(),
                null));
    }

    public void scrapeFailed(ScrapeFailed event) {
        publish(new ActivityNotice(
                Activity.Kind.SCRAPE_FAILED,
                event.creatorId(),
                event.attemptedAt(),
                event.reason().name(),
                null));
    }

    /**
     * Called by the series sinks for every alert they wrote. A rebuild writes old alerts again: only
     * recent ones are news, and each is announced once per process.
     */
    public void alertWritten(Alert alert) {
        if (alert.at().isBefore(Instant.now().minus(NEWS_WINDOW))) {
            return;
        }
        synchronized (announcedAlerts) {
            if (!announcedAlerts.add(alert.id())) {
                return;
            }
        }
        publish(new ActivityNotice(
                Activity.Kind.ALERT_RAISED,
                alert.creatorId(),
                alert.at(),
                alert.kind().name(),
                alert));
    }

    private void publish(ActivityNotice notice) {
        try {
            sql.execute("select pg_notify(?, ?)", CHANNEL, JSON.writeValueAsString(notice));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an activity notice did not serialize", e);
        }
    }
}
