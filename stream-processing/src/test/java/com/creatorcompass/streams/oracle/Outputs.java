package com.creatorcompass.streams.oracle;

/** Names of the topology's sinks, which its processors forward to. */
final class Outputs {

    static final String GROWTH = "growth-sink";
    static final String VIDEO_SERIES = "video-series-sink";
    static final String VELOCITY = "velocity-sink";
    static final String ENGAGEMENT = "engagement-sink";
    static final String ALERTS = "alerts-sink";
    static final String HASHTAG_VIDEOS = "hashtag-videos-sink";
    static final String HASHTAGS = "hashtags-sink";

    private Outputs() {}
}
