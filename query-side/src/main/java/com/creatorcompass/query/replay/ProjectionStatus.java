package com.creatorcompass.query.replay;

import java.util.List;
import org.jooq.DSLContext;

/**
 * How far each event processor is behind the head of the event store. Read from the token table
 * without claiming anything, so it can be asked from any process at any time.
 */
public class ProjectionStatus {

    private final DSLContext sql;

    public ProjectionStatus(DSLContext sql) {
        this.sql = sql;
    }

    /** One processor segment: the last event it handled, the newest event stored, and the difference. */
    public record Lag(String processor, int segment, Long position, long head, Long behind, String owner) {}

    public List<Lag> lags() {
        long head = sql.resultQuery("select coalesce(max(global_index), 0) from event_store.domain_event_entry")
                .fetchOne(0, Long.class);
        // GapAwareTrackingToken as JSON: {"index": n, "gaps": [...]}; a token still null has handled nothing.
        return sql.resultQuery("""
                        select processor_name, segment, owner,
                               (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint as position
                        from event_store.token_entry order by processor_name, segment""").fetch(r -> {
            Long position = r.get("position", Long.class);
            return new Lag(
                    r.get("processor_name", String.class),
                    r.get("segment", Integer.class),
                    position,
                    head,
                    position == null ? head : Math.max(0, head - position),
                    r.get("owner", String.class));
        });
    }
}
