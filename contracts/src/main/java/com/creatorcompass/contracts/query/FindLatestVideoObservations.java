package com.creatorcompass.contracts.query;

import java.util.List;

/**
 * Each video's latest observation (by capture time, then scrape id: {@code ObservationOrder}) and
 * nothing else of its history; answered with {@link LatestVideoObservationsFound}.
 */
public record FindLatestVideoObservations(List<String> videoIds) {

    public FindLatestVideoObservations {
        videoIds = List.copyOf(videoIds);
    }
}
