package com.creatorcompass.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

/**
 * What one request may cost, checked before anything runs. Every field costs 1; a field with a
 * {@code first} argument costs its children {@code first} times, so a page of 100 videos with ten
 * fields each costs ~1,000. The dashboard query costs about 600.
 */
public final class QueryLimits {

    /** The standard introspection query is 13 deep; the deepest dashboard query 7. */
    public static final int MAX_DEPTH = 15;
    public static final int MAX_COMPLEXITY = 3_000;

    private QueryLimits() {
    }

    public static FieldComplexityCalculator pageAwareComplexity() {
        return (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            int times = first instanceof Integer n ? Math.max(1, n) : 1;
            return 1 + childComplexity * times;
        };
    }

    public static Instrumentation depth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }

    public static Instrumentation complexity() {
        return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, pageAwareComplexity());
    }
}
