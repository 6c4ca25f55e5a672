package com.creatorcompass.app.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the warehouse holds, per tracked handle, and how many events the store has. A demo-only
 * window until the GraphQL API serves the real dashboard; absent in prod.
 */
@RestController
@Profile("demo")
class StoreStatusController {

    private final JdbcTemplate jdbc;
    private final DemoHistoryStatus history;

    StoreStatusController(JdbcTemplate jdbc, DemoHistoryStatus history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @GetMapping("/api/status")
    Map<String, Object> status() {
        // From the warehouse, through its indexes: parsing every stored event per request grows with the store.
        List<Map<String, Object>> creators = jdbc.queryForList("""
                select c.handle, c.creator_id, c.followers, c.last_seen_at as last_captured_at,
                       (select count(*) from warehouse.fact_profile_snapshot p where p.creator_id = c.creator_id)
                           as profile_snapshots,
                       (select count(*) from warehouse.fact_video_snapshot v where v.creator_id = c.creator_id)
                           as video_snapshots,
                       (select count(*) from warehouse.scrape_outcome o
                         where o.creator_id = c.creator_id and o.outcome <> 'RECORDED') as scrape_failures,
                       (select o.outcome from warehouse.scrape_outcome o
                         where o.creator_id = c.creator_id and o.outcome <> 'RECORDED'
                         order by o.attempted_at desc limit 1) as last_failure
                from warehouse.dim_creator c
                order by c.handle""");
        Long total = jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("creators", creators);
        answer.put("events", total);
        answer.put("history", history());
        answer.put("memory", ProcessMemory.now());
        return answer;
    }

    /** The demo's recorded past: how far it is, and when the dashboard had it. */
    private Map<String, Object> history() {
        Map<String, Object> answer = new LinkedHashMap<>();
        DemoBackfill.Progress progress = history.progress();
        if (progress != null) {
            answer.put("percent", Math.round(progress.percent() * 10) / 10.0);
            answer.put("events", progress.events());
            answer.put("eventsPerSecond", Math.round(progress.eventsPerSecond()));
            answer.put(
                    "secondsLeft",
                    progress.left() == null ? null : progress.left().toSeconds());
        }
        answer.put(
                "readyAfterSeconds",
                history.readyAfter() == null ? null : history.readyAfter().toMillis() / 1e3);
        answer.put("failure", history.failure());
        return answer;
    }
}
