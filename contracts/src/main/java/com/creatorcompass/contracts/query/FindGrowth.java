package com.creatorcompass.contracts.query;

import java.time.LocalDate;
import java.util.List;

/** Growth of each creator over the days [from, to], bucketed; answered with {@link GrowthFound}. */
public record FindGrowth(List<String> creatorIds, LocalDate from, LocalDate to, Granularity granularity) {

    public FindGrowth {
        creatorIds = List.copyOf(creatorIds);
    }
}
