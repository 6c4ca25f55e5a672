package com.creatorcompass.contracts.query;

import java.util.List;
import java.util.Map;

public record EngagementFound(Map<String, List<EngagementKpis>> byCreator) {

    public EngagementFound {
        byCreator = Map.copyOf(byCreator);
    }
}
