package com.creatorcompass.contracts.query;

import java.time.Instant;

/** Something that just happened to a followed creator: a scrape recorded or failed, or a new alert. */
public record Activity(Kind kind, String creatorId, String handle, Instant at, String detail, AlertView alert) {

    public enum Kind {
        SCRAPE_RECORDED,
        SCRAPE_FAILED,
        ALERT_RAISED
    }
}
