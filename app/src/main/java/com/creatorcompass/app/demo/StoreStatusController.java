package com.creatorcompass.app.demo;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the event store holds, per tracked handle. A demo-only window onto the store until the
 * query side and the GraphQL API serve the real dashboard; absent in prod.
 */
@RestController
@Profile("demo")
class StoreStatusController {

    private final JdbcTemplate jdbc;

    StoreStatusController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/status")
    Map<String, Object> status() {
        List<Map<String, Object>> creators = jdbc.queryForList("""
                select c.handle, c.creator_id,
                       count(e.global_index) as events,
                       count(*) filter (where e.payload_type like '%.ProfileSnapshotRecorded') as profile_snapshots,
                       count(*) filter (where e.payload_type like '%.VideoSnapshotRecorded') as video_snapshots,
                       count(*) filter (where e.payload_type like '%.ScrapeFailed') as scrape_failures,
                       (array_agg(e.payload ->> 'reason' order by e.global_index desc)
                           filter (where e.payload_type like '%.ScrapeFailed'))[1] as last_failure,
                       max(e.payload ->> 'capturedAt') as last_captured_at,
                       (array_agg(e.payload -> 'followers' ->> 'value' order by e.payload ->> 'capturedAt' desc)
                           filter (where e.payload_type like '%.ProfileSnapshotRecorded'))[1] as followers
                from command_model.handle_claim c
                left join event_store.readable_event e on e.aggregate_identifier = c.creator_id
                group by c.handle, c.creator_id
                order by c.handle""");
        Long total = jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
        return Map.of("creators", creators, "events", total);
    }
}
