package com.creatorcompass.graphql.security.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's record of sign-in sessions ({@code auth.sign_in_session}), so that a refresh token can
 * be revoked: each sign-in starts a family of refresh tokens of which only the newest may be traded.
 * Trading it rotates it; presenting an older one ends the family (reuse detection); signing out or
 * ending a session from the account page or the admin's ends it; nothing extends its absolute end.
 *
 * <p>Access tokens name their session, and are refused within {@link #RECHECK} of it ending, on every
 * API instance: whether a session is live is cached that long.
 */
public class SignInSessions {

    /** Live sessions a user may hold; signing in once more ends the oldest. */
    public static final int LIVE_PER_USER = 20;
    /** How long an instance may go on believing a session is live after it ended elsewhere. */
    public static final Duration RECHECK = Duration.ofSeconds(5);
    /** Ended and expired sessions are kept this long (the user's list and an incident's trail), then dropped. */
    static final Duration KEPT_AFTER_END = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration idleLimit;
    private volatile long unreachableUntil = System.nanoTime();
    private final Cache<UUID, Boolean> live =
            Caffeine.newBuilder().expireAfterWrite(RECHECK).maximumSize(100_000).build();

    /** @param idleLimit how long a session lasts unused: a refresh token's lifetime */
    public SignInSessions(JdbcTemplate jdbc, TransactionTemplate transactions, Duration idleLimit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.idleLimit = idleLimit;
    }

    /** A session and its first refresh token's id. */
    public record Started(UUID sessionId, UUID firstToken, Instant endsAt) {}

    public Started start(String userId, String email, String client, Instant now, Duration lifetime) {
        UUID session = UUID.randomUUID();
        UUID token = UUID.randomUUID();
        Instant endsAt = now.plus(lifetime);
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "insert into auth.sign_in_session (session_id, user_id, email, started_at, ends_at, last_used_at, current_token, client) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                    session,
                    userId,
                    email,
                    ts(now),
                    ts(endsAt),
                    ts(now),
                    token,
                    client);
            List<UUID> replaced = jdbc.queryForList(
                    "update auth.sign_in_session set ended_at = ?, end_reason = ? where session_id in ("
                            + "select session_id from auth.sign_in_session where user_id = ? and ended_at is null "
                            + "order by started_at desc, session_id offset ?) returning session_id",
                    UUID.class,
                    ts(now),
                    SessionEnd.REPLACED.name(),
                    userId,
                    LIVE_PER_USER);
            replaced.forEach(id -> live.put(id, false));
            jdbc.update(
                    "delete from auth.sign_in_session where user_id = ? and least(ends_at, coalesce(ended_at, ends_at)) < ?",
                    userId,
                    ts(now.minus(KEPT_AFTER_END)));
        });
        return new Started(session, token, endsAt);
    }

    /** Presents refresh token {@code token} of session {@code sessionId}; rotates it, or refuses it. */
    public Trade trade(UUID sessionId, UUID token, Instant now) {
        UUID next = UUID.randomUUID();
        return transactions.execute(status -> {
            List<Timestamp> rotated = jdbc.queryForList(
                    "update auth.sign_in_session set current_token = ?, last_used_at = ? "
                            + "where session_id = ? and current_token = ? and ended_at is null and ends_at > ? returning ends_at",
                    Timestamp.class,
                    next,
                    ts(now),
                    sessionId,
                    token,
                    ts(now));
            if (!rotated.isEmpty()) {
                return new Trade.Rotated(next, rotated.get(0).toInstant());
            }
            if (end("session_id = ? and current_token <> ?", SessionEnd.TOKEN_REUSED, now, sessionId, token) > 0) {
                return new Trade.Reused();
            }
            return new Trade.Ended();
        });
    }

    /** Ends one of the user's own live sessions; false when it is not theirs or not live. */
    public boolean endOwn(String userId, UUID sessionId, SessionEnd reason, Instant now) {
        return end("session_id = ? and user_id = ?", reason, now, sessionId, userId) > 0;
    }

    /** Ends every live session of the account with this e-mail address; how many there were. */
    public int endAllOf(String email, SessionEnd reason, Instant now) {
        return end("email = ?", reason, now, email);
    }

    /** The user's sessions that can still be refreshed, newest first. */
    public List<SignInSession> live(String userId, Instant now) {
        return jdbc.query(
                "select session_id, started_at, last_used_at, ends_at, client from auth.sign_in_session "
                        + "where user_id = ? and ended_at is null and ends_at > ? and last_used_at > ? order by started_at desc",
                (row, n) -> new SignInSession(
                        row.getObject(1, UUID.class),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4).toInstant(),
                        row.getString(5)),
                userId,
                ts(now),
                ts(now.minus(idleLimit)));
    }

    /**
     * Whether access tokens of this session are still good: not ended, not past its end (cached for
     * {@link #RECHECK}). When the database cannot be asked, an unexpired token is taken as it is
     * (not cached): refusing it would sign everyone out for a database restart, and its reads need
     * the database anyway; an ending is then noticed once the database answers again.
     */
    public boolean isLive(UUID sessionId, Instant now) {
        Boolean known = live.getIfPresent(sessionId);
        if (known != null) {
            return known;
        }
        if (System.nanoTime() - unreachableUntil < 0) {
            return true;
        }
        try {
            boolean answer = Boolean.TRUE.equals(jdbc.query(
                    "select ended_at is null and ends_at > ? from auth.sign_in_session where session_id = ?",
                    rows -> rows.next() ? rows.getBoolean(1) : Boolean.FALSE,
                    ts(now),
                    sessionId));
            live.put(sessionId, answer);
            return answer;
        } catch (DataAccessResourceFailureException | TransientDataAccessException unreachable) {
            // Not asked again for a few seconds: each try waits out a connection timeout.
            unreachableUntil = System.nanoTime() + RECHECK.toNanos();
            return true;
        }
    }

    private int end(String which, SessionEnd reason, Instant now, Object... arguments) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = ts(now);
        all[1] = reason.name();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        List<UUID> ended = jdbc.queryForList(
                "update auth.sign_in_session set ended_at = ?, end_reason = ? where " + which
                        + " and ended_at is null returning session_id",
                UUID.class,
                all);
        ended.forEach(id -> live.put(id, false));
        return ended.size();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
