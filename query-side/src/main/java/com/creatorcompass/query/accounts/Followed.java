package com.creatorcompass.query.accounts;

import static com.creatorcompass.query.jooq.accounts.Tables.APP_USER;
import static com.creatorcompass.query.jooq.accounts.Tables.COMPETITOR;
import static com.creatorcompass.query.jooq.accounts.Tables.TRACKED_CREATOR;
import static org.jooq.impl.DSL.select;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;

/** The creators a user follows: their own account, their tracking list and their competitors. */
public final class Followed {

    private Followed() {}

    /** A sub-select of the handles {@code userId} follows. */
    public static Select<Record1<String>> handlesOf(String userId) {
        return select(APP_USER.TIKTOK_HANDLE)
                .from(APP_USER)
                .where(APP_USER.USER_ID.eq(userId))
                .and(APP_USER.TIKTOK_HANDLE.isNotNull())
                .unionAll(
                        select(TRACKED_CREATOR.HANDLE).from(TRACKED_CREATOR).where(TRACKED_CREATOR.USER_ID.eq(userId)))
                .unionAll(select(COMPETITOR.HANDLE).from(COMPETITOR).where(COMPETITOR.USER_ID.eq(userId)));
    }

    /** The users who follow {@code handle}, in one statement. */
    public static java.util.Set<String> usersFollowing(DSLContext sql, String handle) {
        return sql.select(APP_USER.USER_ID)
                .from(APP_USER)
                .where(APP_USER.TIKTOK_HANDLE.eq(handle))
                .union(select(TRACKED_CREATOR.USER_ID).from(TRACKED_CREATOR).where(TRACKED_CREATOR.HANDLE.eq(handle)))
                .union(select(COMPETITOR.USER_ID).from(COMPETITOR).where(COMPETITOR.HANDLE.eq(handle)))
                .fetchSet(0, String.class);
    }
}
