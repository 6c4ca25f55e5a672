package com.creatorcompass.contracts.query;

import java.time.Instant;

/**
 * A point of view in time. {@code eventTime}: what was true then — only observations captured at or
 * before it. {@code knowledgeTime}: what we knew then — only observations recorded at or before it.
 * Either may be null (no limit); both null is "now, everything we know".
 */
public record AsOf(Instant eventTime, Instant knowledgeTime) {

    public static final AsOf NOW = new AsOf(null, null);

    public static AsOf eventTime(Instant instant) {
        return new AsOf(instant, null);
    }

    public static AsOf knowledgeTime(Instant instant) {
        return new AsOf(null, instant);
    }

    public boolean isNow() {
        return eventTime == null && knowledgeTime == null;
    }
}
