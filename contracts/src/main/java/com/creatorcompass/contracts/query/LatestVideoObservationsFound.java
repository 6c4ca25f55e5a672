package com.creatorcompass.contracts.query;

import java.util.Map;

/** Per video id, its latest observation; a video never observed has no entry. */
public record LatestVideoObservationsFound(Map<String, VideoObservationPoint> latest) {

    public LatestVideoObservationsFound {
        latest = Map.copyOf(latest);
    }
}
