package com.creatorcompass.query.accounts;

import static com.creatorcompass.query.jooq.accounts.Tables.APP_USER;
import static com.creatorcompass.query.jooq.accounts.Tables.AUDIENCE_PREFERENCE;
import static com.creatorcompass.query.jooq.accounts.Tables.COMPETITOR;
import static com.creatorcompass.query.jooq.accounts.Tables.TRACKED_CREATOR;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import com.creatorcompass.contracts.query.Account;
import com.creatorcompass.contracts.query.FindAccount;
import com.creatorcompass.contracts.query.FindFollowers;
import com.creatorcompass.contracts.query.Followers;
import com.creatorcompass.contracts.user.AgeBand;
import com.creatorcompass.contracts.user.AudiencePreferences;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;

/** A user's own account, in one statement; and who follows a handle. */
public class AccountReads {

    private final DSLContext sql;

    public AccountReads(DSLContext sql) {
        this.sql = sql;
    }

    @QueryHandler
    public Followers handle(FindFollowers query) {
        return new Followers(Followed.usersFollowing(sql, query.handle()));
    }

    @QueryHandler
    public Optional<Account> handle(FindAccount query) {
        Field<Result<Record2<String, String>>> preferences = multiset(
                        select(AUDIENCE_PREFERENCE.KIND, AUDIENCE_PREFERENCE.VAL)
                                .from(AUDIENCE_PREFERENCE)
                                .where(AUDIENCE_PREFERENCE.USER_ID.eq(APP_USER.USER_ID))
                                .orderBy(AUDIENCE_PREFERENCE.KIND, AUDIENCE_PREFERENCE.POSITION))
                .as("preferences");
        Field<List<String>> tracked = multiset(select(TRACKED_CREATOR.HANDLE)
                        .from(TRACKED_CREATOR)
                        .where(TRACKED_CREATOR.USER_ID.eq(APP_USER.USER_ID))
                        .orderBy(TRACKED_CREATOR.HANDLE))
                .as("tracked")
                .convertFrom(r -> r.map(h -> h.value1()));
        Field<List<String>> competitors = multiset(select(COMPETITOR.HANDLE)
                        .from(COMPETITOR)
                        .where(COMPETITOR.USER_ID.eq(APP_USER.USER_ID))
                        .orderBy(COMPETITOR.HANDLE))
                .as("competitors")
                .convertFrom(r -> r.map(h -> h.value1()));
        return sql.select(APP_USER.asterisk(), preferences, tracked, competitors)
                .from(APP_USER)
                .where(APP_USER.USER_ID.eq(query.userId()))
                .fetchOptional(r -> {
                    Result<Record2<String, String>> rows = r.get(preferences);
                    String ageBand = r.get(APP_USER.AGE_BAND);
                    AudiencePreferences audience = new AudiencePreferences(
                            values(rows, AudienceKind.NICHE),
                            values(rows, AudienceKind.REGION),
                            values(rows, AudienceKind.LANGUAGE),
                            ageBand == null ? null : AgeBand.valueOf(ageBand));
                    return new Account(
                            r.get(APP_USER.USER_ID),
                            r.get(APP_USER.EMAIL),
                            r.get(APP_USER.DISPLAY_NAME),
                            r.get(APP_USER.REGISTERED_AT).toInstant(),
                            r.get(APP_USER.TIKTOK_HANDLE),
                            r.get(APP_USER.TIKTOK_VERIFIED),
                            r.get(APP_USER.TIKTOK_VERIFICATION_CODE),
                            audience,
                            r.get(tracked),
                            r.get(competitors));
                });
    }

    private static List<String> values(Result<Record2<String, String>> rows, AudienceKind kind) {
        return rows.stream()
                .filter(row -> row.value1().equals(kind.name()))
                .map(Record2::value2)
                .toList();
    }
}
