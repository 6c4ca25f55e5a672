package com.creatorcompass.contracts.query;

import java.util.List;
import java.util.Map;

/** Per video id: observations, engagement series and velocity, each oldest (or youngest age) first. */
public record VideoDetailsFound(
        Map<String, List<VideoObservationPoint>> observations,
        Map<String, List<VideoSeriesPoint>> series,
        Map<String, List<VelocityPoint>> velocity) {

    public VideoDetailsFound {
        observations = Map.copyOf(observations);
        series = Map.copyOf(series);
        velocity = Map.copyOf(velocity);
    }
}
