package com.creatorcompass.contracts.query;

import java.util.List;
import java.util.Map;

/** Per creator id, its growth points oldest first (a creator with no day in range maps to an empty list). */
public record GrowthFound(Map<String, List<GrowthPoint>> byCreator) {

    public GrowthFound {
        byCreator = Map.copyOf(byCreator);
    }
}
