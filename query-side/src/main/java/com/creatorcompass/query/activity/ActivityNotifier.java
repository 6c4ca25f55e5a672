package com.creatorcompass.query.activity;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.query.AlertView;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.query.accounts.Followed;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.jooq.DSLContext;

/**
 * Tells subscribed users what just happened to the creators they follow, once the warehouse has it
 * (the live projection and the live series sink call in; replays do not). Inside a unit of work the
 * emitter sends after the commit. Nothing is queried while no one is subscribed.
 */
public class ActivityNotifier {

    static final Duration NEWS_WINDOW = Duration.ofHours(48);

    private final DSLContext sql;
    private final QueryUpdateEmitter emitter;
    /** Alerts are delivered at least once by the stream sink; a user hears of each once. */
    private final Set<String> announcedAlerts = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    });

    public ActivityNotifier(DSLContext sql, QueryUpdateEmitter emitter) {
        this.sql = sql;
        this.emitter = emitter;
    }

    /** The subscription's initial answer: nothing yet; what follows comes as updates. */
    @QueryHandler
    public Activity handle(WatchActivity query) {
        return null;
    }

    public void scrapeRecorded(ProfileSnapshotRecorded event) {
        announce(event.creatorId(), Activity.Kind.SCRAPE_RECORDED, event.capturedAt(),
                event.followers() == null ? null : "followers " + event.followers().value(), null);
    }

    public void scrapeFailed(ScrapeFailed event) {
        announce(event.creatorId(), Activity.Kind.SCRAPE_FAILED, event.attemptedAt(), event.reason().name(), null);
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
        announce(alert.creatorId(), Activity.Kind.ALERT_RAISED, alert.at(), alert.kind().name(), alert);
    }

    /** One handle lookup and one watcher query per event, and none while nobody listens. */
    private void announce(String creatorId, Activity.Kind kind, Instant at, String detail, Alert alert) {
        if (!anyoneListening()) {
            return;
        }
        String handle = handle(creatorId);
        if (handle == null) {
            return;
        }
        Set<String> watchers = Followed.usersFollowing(sql, handle);
        if (!watchers.isEmpty()) {
            AlertView view = alert == null ? null : new AlertView(alert.id(), alert.kind().name(), creatorId, handle, alert.videoId(),
                    alert.at(), alert.observed(), alert.reference(), alert.score(), alert.threshold(), alert.restsOnRounded());
            emitter.emit(WatchActivity.class, query -> watchers.contains(query.userId()), new Activity(kind, creatorId, handle, at, detail, view));
        }
    }

    private boolean anyoneListening() {
        return emitter.activeSubscriptions().stream().anyMatch(s -> s.getPayload() instanceof WatchActivity);
    }

    private String handle(String creatorId) {
        return sql.select(DIM_CREATOR.HANDLE).from(DIM_CREATOR).where(DIM_CREATOR.CREATOR_ID.eq(creatorId)).fetchOne(DIM_CREATOR.HANDLE);
    }
}
