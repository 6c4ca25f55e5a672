package com.creatorcompass.contracts.query;

import java.util.List;

/** A video with every observation of it, oldest first. */
public record VideoDetail(
        String creatorId, String handle, VideoSummary video, List<VideoObservationPoint> observations) {}
