package com.creatorcompass.contracts.query;

import java.time.LocalDate;
import java.util.List;

/** Daily engagement of each creator over the days [from, to]; answered with {@link EngagementFound}. */
public record FindEngagement(List<String> creatorIds, LocalDate from, LocalDate to) {

    public FindEngagement {
        creatorIds = List.copyOf(creatorIds);
    }
}
