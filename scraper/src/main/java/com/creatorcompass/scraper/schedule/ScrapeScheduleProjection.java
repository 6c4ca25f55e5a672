package com.creatorcompass.scraper.schedule;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ScrapeRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Keeps the scrape schedule in step with who is tracked. Idempotent, so replays and redeliveries are harmless. */
@ProcessingGroup("scrape-schedule")
public class ScrapeScheduleProjection {

    private final ScheduleRepository schedule;

    public ScrapeScheduleProjection(ScheduleRepository schedule) {
        this.schedule = schedule;
    }

    @EventHandler
    void on(CreatorTracked event) {
        schedule.track(event.creatorId(), event.handle());
    }

    @EventHandler
    void on(ScrapeRequested event) {
        schedule.dueNow(event.creatorId());
    }

    @EventHandler
    void on(CreatorUntracked event) {
        schedule.untrack(event.creatorId());
    }
}
