package com.creatorcompass.query.accounts;

import static com.creatorcompass.query.jooq.accounts.Tables.APP_USER;
import static com.creatorcompass.query.jooq.accounts.Tables.AUDIENCE_PREFERENCE;
import static com.creatorcompass.query.jooq.accounts.Tables.COMPETITOR;
import static com.creatorcompass.query.jooq.accounts.Tables.TRACKED_CREATOR;

import com.creatorcompass.contracts.user.AddedToTrackingList;
import com.creatorcompass.contracts.user.AudiencePreferencesSet;
import com.creatorcompass.contracts.user.CompetitorAdded;
import com.creatorcompass.contracts.user.CompetitorRemoved;
import com.creatorcompass.contracts.user.RemovedFromTrackingList;
import com.creatorcompass.contracts.user.TikTokAccountLinked;
import com.creatorcompass.contracts.user.TikTokAccountVerified;
import com.creatorcompass.contracts.user.TikTokVerificationCodeIssued;
import com.creatorcompass.contracts.user.UserRegistered;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;

/**
 * Users' accounts as the API reads them. A subscribing processor: it runs in the command's own
 * transaction, so "me" shows a change the moment its mutation returns. Every write is idempotent.
 */
@ProcessingGroup(AccountsProjection.PROCESSOR)
public class AccountsProjection {

    public static final String PROCESSOR = "accounts";

    private final DSLContext sql;

    public AccountsProjection(DSLContext sql) {
        this.sql = sql;
    }

    @EventHandler
    void on(UserRegistered event) {
        sql.insertInto(APP_USER, APP_USER.USER_ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.REGISTERED_AT)
                .values(
                        event.userId(),
                        event.email(),
                        event.displayName(),
                        event.registeredAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(TikTokAccountLinked event) {
        sql.update(APP_USER)
                .set(APP_USER.TIKTOK_HANDLE, event.handle())
                .set(APP_USER.TIKTOK_VERIFIED, false)
                .setNull(APP_USER.TIKTOK_VERIFICATION_CODE)
                .where(APP_USER.USER_ID.eq(event.userId()))
                .execute();
    }

    @EventHandler
    void on(TikTokVerificationCodeIssued event) {
        sql.update(APP_USER)
                .set(APP_USER.TIKTOK_VERIFICATION_CODE, event.code())
                .where(APP_USER.USER_ID.eq(event.userId()))
                .execute();
    }

    @EventHandler
    void on(TikTokAccountVerified event) {
        sql.update(APP_USER)
                .set(APP_USER.TIKTOK_VERIFIED, true)
                .setNull(APP_USER.TIKTOK_VERIFICATION_CODE)
                .where(APP_USER.USER_ID.eq(event.userId()))
                .execute();
    }

    @EventHandler
    void on(AudiencePreferencesSet event) {
        var preferences = event.preferences();
        sql.update(APP_USER)
                .set(
                        APP_USER.AGE_BAND,
                        preferences.ageBand() == null
                                ? null
                                : preferences.ageBand().name())
                .where(APP_USER.USER_ID.eq(event.userId()))
                .execute();
        sql.deleteFrom(AUDIENCE_PREFERENCE)
                .where(AUDIENCE_PREFERENCE.USER_ID.eq(event.userId()))
                .execute();
        insertPreferences(event.userId(), AudienceKind.NICHE, preferences.niches());
        insertPreferences(event.userId(), AudienceKind.REGION, preferences.regions());
        insertPreferences(event.userId(), AudienceKind.LANGUAGE, preferences.languages());
    }

    @EventHandler
    void on(AddedToTrackingList event) {
        sql.insertInto(TRACKED_CREATOR, TRACKED_CREATOR.USER_ID, TRACKED_CREATOR.HANDLE)
                .values(event.userId(), event.handle())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(RemovedFromTrackingList event) {
        sql.deleteFrom(TRACKED_CREATOR)
                .where(TRACKED_CREATOR.USER_ID.eq(event.userId()))
                .and(TRACKED_CREATOR.HANDLE.eq(event.handle()))
                .execute();
    }

    @EventHandler
    void on(CompetitorAdded event) {
        sql.insertInto(COMPETITOR, COMPETITOR.USER_ID, COMPETITOR.HANDLE)
                .values(event.userId(), event.handle())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(CompetitorRemoved event) {
        sql.deleteFrom(COMPETITOR)
                .where(COMPETITOR.USER_ID.eq(event.userId()))
                .and(COMPETITOR.HANDLE.eq(event.handle()))
                .execute();
    }

    private void insertPreferences(String userId, AudienceKind kind, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            sql.insertInto(
                            AUDIENCE_PREFERENCE,
                            AUDIENCE_PREFERENCE.USER_ID,
                            AUDIENCE_PREFERENCE.KIND,
                            AUDIENCE_PREFERENCE.POSITION,
                            AUDIENCE_PREFERENCE.VAL)
                    .values(userId, kind.name(), i, values.get(i))
                    .execute();
        }
    }
}
