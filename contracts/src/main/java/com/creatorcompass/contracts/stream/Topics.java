package com.creatorcompass.contracts.stream;

/**
 * The Kafka topics of the published language. The event topic carries every stored event as JSON,
 * keyed by the aggregate id (a creator's events stay in order); the output topics are tables keyed by
 * {@link SeriesKeys} (a null value removes the row). Output topics belong to a stream generation, so
 * a replay can build generation n+1 beside the live generation n and switch.
 */
public final class Topics {

    public static final String EVENTS = "compass.events";

    public static final String HEADER_EVENT_ID = "compass-event-id";
    public static final String HEADER_EVENT_TYPE = "compass-event-type";
    public static final String HEADER_EVENT_VERSION = "compass-event-version";
    public static final String HEADER_RECORDED_AT = "compass-recorded-at";

    public static final String GROWTH = "growth-daily";
    public static final String VIDEO_SERIES = "video-engagement-series";
    public static final String VELOCITY = "video-velocity";
    public static final String ENGAGEMENT = "creator-engagement-daily";
    public static final String HASHTAGS = "hashtag-daily";
    public static final String ALERTS = "alerts";

    public static final java.util.List<String> OUTPUTS = java.util.List.of(GROWTH, VIDEO_SERIES, VELOCITY, ENGAGEMENT, HASHTAGS, ALERTS);

    private Topics() {
    }

    /** {@code compass.g3.growth-daily}: the topic of one output in one generation. */
    public static String output(String output, int generation) {
        return "compass.g" + generation + "." + output;
    }

    /** The Kafka Streams application id of one generation; its internal topics carry this prefix. */
    public static String applicationId(int generation) {
        return "compass-streams-g" + generation;
    }
}
