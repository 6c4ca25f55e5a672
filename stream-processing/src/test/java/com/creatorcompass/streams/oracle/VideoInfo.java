package com.creatorcompass.streams.oracle;

import com.creatorcompass.streams.metrics.VideoPoint;
import java.time.Instant;
import java.util.List;

/** What the topology keeps per video besides its series: the facts of its latest observation. */
record VideoInfo(String creatorId, String videoId, Instant postedAt, List<String> hashtags, VideoPoint latest) {}
