package com.creatorcompass.contracts.stream;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    public static final List<String> OUTPUTS = List.of(GROWTH, VIDEO_SERIES, VELOCITY, ENGAGEMENT, HASHTAGS, ALERTS);

    private Topics() {}

    private static final Pattern OUTPUT_TOPIC = Pattern.compile("compass\\.g(\\d+)\\.(.+)");

    /** {@code compass.g3.growth-daily}: the topic of one output in one generation. */
    public static String output(String output, int generation) {
        return generationPrefix(generation) + output;
    }

    /** What every output topic of {@code generation} begins with. */
    public static String generationPrefix(int generation) {
        return "compass.g" + generation + ".";
    }

    /** Which output {@code topic} carries ({@link #GROWTH}, ...), whatever its generation. */
    public static String outputOf(String topic) {
        Matcher parts = OUTPUT_TOPIC.matcher(topic);
        if (!parts.matches() || !OUTPUTS.contains(parts.group(2))) {
            throw new IllegalArgumentException("not an output topic: " + topic);
        }
        return parts.group(2);
    }

    /** The Kafka Streams application id of one generation; its internal topics carry this prefix. */
    public static String applicationId(int generation) {
        return "compass-streams-g" + generation;
    }
}
