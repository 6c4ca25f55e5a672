package com.creatorcompass.query.read;

import java.util.List;

/** A video with every observation of it, oldest first. */
public record VideoDetail(String creatorId, VideoSummary video, List<VideoObservationPoint> observations) {
}
