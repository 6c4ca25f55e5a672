package com.creatorcompass.query.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.query.Account;
import com.creatorcompass.contracts.query.FindAccount;
import com.creatorcompass.contracts.query.FindFollowers;
import com.creatorcompass.contracts.user.AddedToTrackingList;
import com.creatorcompass.contracts.user.AgeBand;
import com.creatorcompass.contracts.user.AudiencePreferences;
import com.creatorcompass.contracts.user.AudiencePreferencesSet;
import com.creatorcompass.contracts.user.CompetitorAdded;
import com.creatorcompass.contracts.user.CompetitorRemoved;
import com.creatorcompass.contracts.user.RemovedFromTrackingList;
import com.creatorcompass.contracts.user.TikTokAccountLinked;
import com.creatorcompass.contracts.user.TikTokAccountVerified;
import com.creatorcompass.contracts.user.TikTokVerificationCodeIssued;
import com.creatorcompass.contracts.user.UserRegistered;
import com.creatorcompass.query.MigratedWarehouse;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Given a user's events, the account read back; each event applied twice changes nothing. */
class AccountsProjectionTest {

    final DSLContext sql = DSL.using(MigratedWarehouse.fresh(), SQLDialect.POSTGRES);
    final AccountsProjection projection = new AccountsProjection(sql);
    final AccountReads queries = new AccountReads(sql);

    @Test
    void the_account_as_its_events_left_it() {
        Instant registered = Instant.parse("2026-11-01T09:00:00Z");
        for (int twice = 0; twice < 2; twice++) {
            projection.on(new UserRegistered("u-1", "ana@example.com", "Ana", registered));
            projection.on(new TikTokAccountLinked("u-1", "ana.reads"));
            projection.on(new AudiencePreferencesSet(
                    "u-1", new AudiencePreferences(List.of("books", "tea"), List.of("GB"), List.of("en"), null)));
            projection.on(new AudiencePreferencesSet(
                    "u-1",
                    new AudiencePreferences(
                            List.of("booktok", "reading"), List.of("US", "GB"), List.of("en"), AgeBand.AGE_18_24)));
            projection.on(new AddedToTrackingList("u-1", "zed.zooms"));
            projection.on(new AddedToTrackingList("u-1", "bella.bakes"));
            projection.on(new RemovedFromTrackingList("u-1", "zed.zooms"));
            projection.on(new CompetitorAdded("u-1", "cara.codes"));
            projection.on(new CompetitorAdded("u-1", "dan.dances"));
            projection.on(new CompetitorRemoved("u-1", "dan.dances"));
        }
        projection.on(new UserRegistered("u-2", "bo@example.com", "Bo", registered));
        projection.on(new AddedToTrackingList("u-2", "ana.reads"));

        Account ana = queries.handle(new FindAccount("u-1")).orElseThrow();

        assertThat(ana)
                .isEqualTo(new Account(
                        "u-1",
                        "ana@example.com",
                        "Ana",
                        registered,
                        "ana.reads",
                        false,
                        null,
                        new AudiencePreferences(
                                List.of("booktok", "reading"), List.of("US", "GB"), List.of("en"), AgeBand.AGE_18_24),
                        List.of("bella.bakes"),
                        List.of("cara.codes")));
        assertThat(queries.handle(new FindAccount("u-2")).orElseThrow().trackedHandles())
                .containsExactly("ana.reads");
        assertThat(queries.handle(new FindAccount("nobody"))).isEmpty();
        assertThat(Followed.usersFollowing(sql, "cara.codes")).containsExactly("u-1");
        assertThat(Followed.usersFollowing(sql, "ana.reads")).containsExactlyInAnyOrder("u-1", "u-2");
        assertThat(queries.handle(new FindFollowers("ana.reads")).userIds()).containsExactlyInAnyOrder("u-1", "u-2");

        // Proving the account: the code shows until a scrape sees it in the bio; a new link starts over.
        projection.on(new TikTokVerificationCodeIssued("u-1", "ana.reads", "cc-7KQ4M2XA", registered));
        assertThat(queries.handle(new FindAccount("u-1")).orElseThrow())
                .extracting(Account::tiktokAccountVerified, Account::tiktokVerificationCode)
                .containsExactly(false, "cc-7KQ4M2XA");
        projection.on(new TikTokAccountVerified("u-1", "ana.reads", "s-1", registered));
        assertThat(queries.handle(new FindAccount("u-1")).orElseThrow())
                .extracting(Account::tiktokAccountVerified, Account::tiktokVerificationCode)
                .containsExactly(true, null);
        projection.on(new TikTokAccountLinked("u-1", "other.me"));
        assertThat(queries.handle(new FindAccount("u-1")).orElseThrow())
                .extracting(Account::tiktokHandle, Account::tiktokAccountVerified)
                .containsExactly("other.me", false);
    }
}
