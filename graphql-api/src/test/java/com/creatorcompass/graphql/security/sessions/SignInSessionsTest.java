package com.creatorcompass.graphql.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-in sessions in PostgreSQL: one refresh token of a family at a time, reuse ends it, nothing extends its end. */
class SignInSessionsTest {

    static final Duration IDLE = Duration.ofDays(14);
    static final Duration LIFETIME = Duration.ofDays(30);
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static JdbcTemplate jdbc;
    static TransactionTemplate transactions;

    final SignInSessions sessions = new SignInSessions(jdbc, transactions, IDLE);
    final String user = "u-" + UUID.randomUUID();

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabases.fresh();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("auth")
                .locations("classpath:db/migration/auth")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void trading_the_newest_token_rotates_it_and_the_traded_one_is_then_reuse_that_ends_the_session() {
        SignInSessions.Started started = sessions.start(user, "ana@example.com", "Firefox", T0, LIFETIME);

        Trade first = sessions.trade(started.sessionId(), started.firstToken(), T0.plusSeconds(900));
        assertThat(first).isInstanceOf(Trade.Rotated.class);
        UUID second = ((Trade.Rotated) first).next();
        assertThat(second).isNotEqualTo(started.firstToken());

        // The first token again (a stolen copy, or the thief's copy traded first): the family ends.
        assertThat(sessions.trade(started.sessionId(), started.firstToken(), T0.plusSeconds(1000)))
                .isInstanceOf(Trade.Reused.class);
        assertThat(sessions.trade(started.sessionId(), second, T0.plusSeconds(1001)))
                .isInstanceOf(Trade.Ended.class);
        assertThat(sessions.isLive(started.sessionId(), T0.plusSeconds(1002))).isFalse();
        assertThat(endReason(started.sessionId())).isEqualTo("TOKEN_REUSED");
    }

    @Test
    void no_refresh_moves_the_absolute_end() {
        SignInSessions.Started started = sessions.start(user, "ana@example.com", null, T0, Duration.ofHours(1));
        assertThat(started.endsAt()).isEqualTo(T0.plus(Duration.ofHours(1)));

        Trade.Rotated late = (Trade.Rotated)
                sessions.trade(started.sessionId(), started.firstToken(), T0.plus(Duration.ofMinutes(59)));
        assertThat(late.sessionEndsAt()).isEqualTo(started.endsAt());
        assertThat(sessions.trade(started.sessionId(), late.next(), T0.plus(Duration.ofMinutes(61))))
                .isInstanceOf(Trade.Ended.class);
    }

    @Test
    void a_user_ends_their_own_sessions_only() {
        SignInSessions.Started mine = sessions.start(user, "ana@example.com", "laptop", T0, LIFETIME);
        SignInSessions.Started theirs =
                sessions.start("u-other-" + UUID.randomUUID(), "bo@example.com", "phone", T0, LIFETIME);

        assertThat(sessions.endOwn(user, theirs.sessionId(), SessionEnd.ENDED_BY_USER, T0.plusSeconds(5)))
                .isFalse();
        assertThat(sessions.isLive(theirs.sessionId(), T0.plusSeconds(5))).isTrue();
        assertThat(sessions.endOwn(user, mine.sessionId(), SessionEnd.ENDED_BY_USER, T0.plusSeconds(5)))
                .isTrue();
        assertThat(sessions.endOwn(user, mine.sessionId(), SessionEnd.ENDED_BY_USER, T0.plusSeconds(6)))
                .as("already ended")
                .isFalse();
        assertThat(sessions.trade(mine.sessionId(), mine.firstToken(), T0.plusSeconds(7)))
                .isInstanceOf(Trade.Ended.class);
    }

    @Test
    void an_admin_ends_every_session_of_an_address() {
        String email = UUID.randomUUID() + "@example.com";
        SignInSessions.Started a = sessions.start(user, email, "a", T0, LIFETIME);
        SignInSessions.Started b = sessions.start(user, email, "b", T0.plusSeconds(1), LIFETIME);

        assertThat(sessions.endAllOf(email, SessionEnd.ENDED_BY_ADMIN, T0.plusSeconds(10)))
                .isEqualTo(2);
        assertThat(sessions.endAllOf(email, SessionEnd.ENDED_BY_ADMIN, T0.plusSeconds(11)))
                .isZero();
        assertThat(sessions.trade(a.sessionId(), a.firstToken(), T0.plusSeconds(12)))
                .isInstanceOf(Trade.Ended.class);
        assertThat(sessions.trade(b.sessionId(), b.firstToken(), T0.plusSeconds(12)))
                .isInstanceOf(Trade.Ended.class);
        assertThat(endReason(a.sessionId())).isEqualTo("ENDED_BY_ADMIN");
    }

    @Test
    void the_list_shows_sessions_that_can_still_be_refreshed_newest_first() {
        SignInSessions.Started idle = sessions.start(user, "ana@example.com", "old tablet", T0, LIFETIME);
        SignInSessions.Started used = sessions.start(user, "ana@example.com", "laptop", T0.plusSeconds(60), LIFETIME);
        SignInSessions.Started ended = sessions.start(user, "ana@example.com", "phone", T0.plusSeconds(120), LIFETIME);
        sessions.endOwn(user, ended.sessionId(), SessionEnd.SIGNED_OUT, T0.plusSeconds(180));
        Instant later = T0.plus(IDLE).plusSeconds(30);
        sessions.trade(used.sessionId(), used.firstToken(), later.minus(Duration.ofDays(1)));

        assertThat(sessions.live(user, later)).extracting(SignInSession::client).containsExactly("laptop");
        assertThat(sessions.live(user, T0.plusSeconds(200)))
                .extracting(SignInSession::client)
                .containsExactly("laptop", "old tablet");
        assertThat(idle.sessionId()).isNotNull();
    }

    @Test
    void signing_in_once_too_often_ends_the_oldest_session() {
        SignInSessions.Started oldest = sessions.start(user, "ana@example.com", "first", T0, LIFETIME);
        for (int i = 1; i < SignInSessions.LIVE_PER_USER; i++) {
            sessions.start(user, "ana@example.com", "browser " + i, T0.plusSeconds(i), LIFETIME);
        }
        assertThat(sessions.isLive(oldest.sessionId(), T0.plusSeconds(100))).isTrue();

        sessions.start(user, "ana@example.com", "one more", T0.plusSeconds(100), LIFETIME);

        assertThat(endReason(oldest.sessionId())).isEqualTo("REPLACED");
        assertThat(sessions.live(user, T0.plusSeconds(101))).hasSize(SignInSessions.LIVE_PER_USER);
    }

    @Test
    void an_unknown_session_is_not_live_and_cannot_be_traded() {
        UUID unknown = UUID.randomUUID();
        assertThat(sessions.isLive(unknown, T0)).isFalse();
        assertThat(sessions.trade(unknown, UUID.randomUUID(), T0)).isInstanceOf(Trade.Ended.class);
    }

    @Test
    void while_the_database_cannot_be_asked_an_unexpired_token_is_taken_as_it_is() {
        DriverManagerDataSource nowhere =
                new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "nobody", "");
        SignInSessions unreachable = new SignInSessions(new JdbcTemplate(nowhere), transactions, IDLE);

        assertThat(unreachable.isLive(UUID.randomUUID(), T0)).isTrue();
    }

    private static String endReason(UUID session) {
        return jdbc.queryForObject(
                "select end_reason from auth.sign_in_session where session_id = ?", String.class, session);
    }
}
