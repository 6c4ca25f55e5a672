package com.creatorcompass.query.activity;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;

import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.query.AlertView;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.query.accounts.Followed;
import com.creatorcompass.query.notices.NoticeChannel;
import com.creatorcompass.query.notices.NoticeListener;
import java.util.Set;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears {@link ActivityNotifier#CHANNEL} (through the process's {@link NoticeListener}) and emits each
 * notice to the subscribed users who follow its creator (their own account, tracking list or
 * competitors). Nothing is looked up while no one is subscribed. What was announced while the listener
 * reconnected is not replayed: live activity is news, the dashboards hold the record.
 */
public class ActivityListener implements NoticeChannel {

    private static final Logger log = LoggerFactory.getLogger(ActivityListener.class);

    private final DSLContext sql;
    private final QueryUpdateEmitter emitter;

    public ActivityListener(DSLContext sql, QueryUpdateEmitter emitter) {
        this.sql = sql;
        this.emitter = emitter;
    }

    @Override
    public String channel() {
        return ActivityNotifier.CHANNEL;
    }

    @Override
    public void heard(String payload) {
        deliver(payload);
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
}
