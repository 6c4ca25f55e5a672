package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.GrowthKpis;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL {@code GrowthKpis}. */
@Controller
@SchemaMapping(typeName = "GrowthKpis")
public class GrowthKpisController {

    /** Growth projections: docs/metrics.md "Growth" (28-day least-squares trend, extended linearly). */
    static final String PROJECTION_METHOD = "linear extension of the 28-day least-squares follower trend";

    @SchemaMapping
    public String projectionMethod(GrowthKpis growth) {
        return PROJECTION_METHOD;
    }
}
