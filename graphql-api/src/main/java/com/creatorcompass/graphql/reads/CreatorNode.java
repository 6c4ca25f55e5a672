package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The GraphQL {@code Creator}: its numbers ({@link NamedFields} reads them by name) and the day its
 * point of view ends (for nested series).
 */
public record CreatorNode(CreatorKpis kpis, LocalDate lastDay) {

    public static CreatorNode now(CreatorKpis kpis) {
        return of(kpis, AsOf.NOW);
    }

    static CreatorNode of(CreatorKpis kpis, AsOf asOf) {
        Instant limit = asOf.eventTime() != null
                ? asOf.eventTime()
                : asOf.knowledgeTime() != null ? asOf.knowledgeTime() : Instant.now();
        return new CreatorNode(kpis, limit.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    public String id() {
        return kpis.creatorId();
    }

    public String handle() {
        return kpis.handle();
    }
}
