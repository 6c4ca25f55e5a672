package com.creatorcompass.scraper.schedule;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scrape schedule in PostgreSQL. Every statement is its own transaction: a claim is a lease, not a lock held. */
public class ScheduleRepository {

    private final JdbcTemplate jdbc;

    public ScheduleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Claim(String creatorId, String handle) {}

    /** A creator is (again) tracked: due at once. */
    public void track(String creatorId, String handle) {
        jdbc.update(
                "insert into scraper.scrape_schedule (creator_id, handle, next_due_at) values (?, ?, now()) "
                        + "on conflict (creator_id) do update set handle = excluded.handle, next_due_at = now()",
                creatorId,
                handle);
    }

    /** Someone asked for a scrape now: due at once; a scrape already under way finishes first. */
    public void dueNow(String creatorId) {
        jdbc.update("update scraper.scrape_schedule set next_due_at = now() where creator_id = ?", creatorId);
    }

    public void untrack(String creatorId) {
        jdbc.update("delete from scraper.scrape_schedule where creator_id = ?", creatorId);
    }

    /** Claims up to {@code limit} due creators for {@code worker} for {@code lease}; none that another worker holds. */
    public List<Claim> claimDue(String worker, int limit, Duration lease) {
        return jdbc.query(
                """
                with due as (
                    select creator_id from scraper.scrape_schedule
                    where next_due_at <= now() and (claimed_until is null or claimed_until < now())
                    order by next_due_at
                    limit ?
                    for update skip locked)
                update scraper.scrape_schedule s
                   set claimed_by = ?, claimed_until = now() + make_interval(secs => ?)
                  from due
                 where s.creator_id = due.creator_id
                returning s.creator_id, s.handle""",
                (row, i) -> new Claim(row.getString(1), row.getString(2)),
                limit,
                worker,
                lease.toMillis() / 1000.0);
    }

    /** Done with a claim: next due after {@code interval}. Ignored if the lease was lost to another worker. */
    public void finish(String creatorId, String worker, String outcome, Duration interval) {
        jdbc.update(
                "update scraper.scrape_schedule set next_due_at = now() + make_interval(secs => ?), claimed_by = null, "
                        + "claimed_until = null, last_outcome = ?, last_scraped_at = now() where creator_id = ? and claimed_by = ?",
                interval.toMillis() / 1000.0,
                outcome,
                creatorId,
                worker);
    }
}
