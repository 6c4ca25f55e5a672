package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.observation.ProfileObservation;
import java.time.Instant;
import java.util.List;

/**
 * A creator's dashboard numbers as of some point of view: its latest profile observation within it
 * (null when not observed by then; as the warehouse keeps it per observation, so fields kept only on the
 * creator's row, such as the bio, are null), when and from where we learned it, the growth and engagement
 * KPIs of that day (null until the stream jobs have a day for it; GraphQL names them growthKpis and
 * engagementKpis, its growth and engagement being the day series), and the data-quality flags that say
 * how far the numbers can be trusted.
 */
public record CreatorKpis(
        String creatorId,
        String handle,
        boolean tracked,
        ProfileObservation profile,
        String tier,
        Instant recordedAt,
        String source,
        GrowthKpis growthKpis,
        EngagementKpis engagementKpis,
        List<DataQualityFlag> dataQuality) {

    public CreatorKpis {
        dataQuality = List.copyOf(dataQuality);
    }
}
