package com.creatorcompass.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

    /**
     * Both limits as one instrumentation that acts only before execution. graphql-java calls every
     * instrumentation for every field it resolves; a chain of two costs a dashboard request (some
     * 4,000 fields) a measurable share of its CPU, one that does nothing per field costs nothing.
     */
    public static Instrumentation instrumentation() {
        MaxQueryDepthInstrumentation depth = new MaxQueryDepthInstrumentation(MAX_DEPTH);
        MaxQueryComplexityInstrumentation complexity = new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, pageAwareComplexity());
        return new SimplePerformantInstrumentation() {
            @Override
            public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
                return complexity.createStateAsync(parameters);
            }

            @Override
            public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                                 InstrumentationState state) {
                return complexity.beginValidation(parameters, state);
            }

            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                                 InstrumentationState state) {
                depth.beginExecuteOperation(parameters, state);
                return complexity.beginExecuteOperation(parameters, state);
            }
        };
    }
}
