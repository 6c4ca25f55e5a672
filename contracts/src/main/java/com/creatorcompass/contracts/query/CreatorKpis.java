package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.observation.Count;
import java.time.Instant;
import java.util.List;

/**
 * A creator's dashboard numbers as of some point of view: the latest observation within it, the
 * growth and engagement KPIs of that day (null until the stream jobs have a day for it; GraphQL names
 * them growthKpis and engagementKpis, its growth and engagement being the day series), and the
 * data-quality flags that say how far the numbers can be trusted.
 */
public record CreatorKpis(
        String creatorId,
        String handle,
        boolean tracked,
        String nickname,
        Boolean verified,
        Count followers,
        Count following,
        Count likes,
        Count videos,
        String tier,
        Instant capturedAt,
        Instant recordedAt,
        String source,
        GrowthKpis growthKpis,
        EngagementKpis engagementKpis,
        List<DataQualityFlag> dataQuality) {

    public CreatorKpis {
        dataQuality = List.copyOf(dataQuality);
    }
}
