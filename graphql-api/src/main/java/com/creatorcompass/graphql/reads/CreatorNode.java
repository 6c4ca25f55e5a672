package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.DataQualityFlag;
import com.creatorcompass.contracts.query.EngagementKpis;
import com.creatorcompass.contracts.query.GrowthKpis;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The GraphQL {@code Creator}: the creator's numbers, and the day its point of view ends (for nested series). */
public record CreatorNode(
        String id,
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
        List<DataQualityFlag> dataQuality,
        LocalDate lastDay) {

    public static CreatorNode now(CreatorKpis kpis) {
        return of(kpis, AsOf.NOW);
    }

    static CreatorNode of(CreatorKpis kpis, AsOf asOf) {
        Instant limit = asOf.eventTime() != null
                ? asOf.eventTime()
                : asOf.knowledgeTime() != null ? asOf.knowledgeTime() : Instant.now();
        return new CreatorNode(
                kpis.creatorId(),
                kpis.handle(),
                kpis.tracked(),
                kpis.nickname(),
                kpis.verified(),
                kpis.followers(),
                kpis.following(),
                kpis.likes(),
                kpis.videos(),
                kpis.tier(),
                kpis.capturedAt(),
                kpis.recordedAt(),
                kpis.source(),
                kpis.growthKpis(),
                kpis.engagementKpis(),
                kpis.dataQuality(),
                limit.atOffset(ZoneOffset.UTC).toLocalDate());
    }
}
