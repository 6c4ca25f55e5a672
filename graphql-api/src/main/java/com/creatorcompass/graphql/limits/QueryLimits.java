package com.creatorcompass.graphql.limits;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.Optional;

/**
 * What one request may cost, checked before anything runs: its depth, the fields it selects, the
 * aliases of one field, and its cost — about how many values it can return ({@link QueryCost}). The largest request the web UI sends (a comparison of the
 * user and 25 competitors over a year) costs about 67,000; the dashboard over 365 days about 4,500.
 */
public final class QueryLimits {

    /** The standard introspection query is 13 deep; the deepest dashboard query 7. */
    public static final int MAX_DEPTH = 15;

    public static final long MAX_COST = 100_000;
    /** The web UI's largest document selects about 80 fields. */
    public static final int MAX_FIELDS = 500;
    /** One field under this many names (aliases) in one selection at most: the web UI never aliases. */
    public static final int MAX_ALIASES = 10;

    private QueryLimits() {}

    /** Why the operation may not run, or empty. */
    private static Optional<String> refusal(
            MaxQueryDepthInstrumentation depth,
            InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        try {
            depth.beginExecuteOperation(parameters, state);
        } catch (AbortExecutionException tooDeep) {
            return Optional.of(tooDeep.getMessage());
        }
        QueryCost.Cost cost = QueryCost.of(parameters.getExecutionContext());
        if (cost.fields() > MAX_FIELDS) {
            return Optional.of("the query selects too many fields: " + cost.fields() + " > " + MAX_FIELDS
                    + " (each alias counts; docs/security.md)");
        }
        if (cost.values() > MAX_COST) {
            return Optional.of("the query would return too much: cost "
                    + (cost.values() == Long.MAX_VALUE ? "beyond counting" : String.valueOf(cost.values()))
                    + " > " + MAX_COST
                    + " (a page costs its children first times, a series the days of its range; docs/security.md)");
        }
        if (cost.aliases() > MAX_ALIASES) {
            return Optional.of("the query asks for " + cost.mostAliasedField() + " under " + cost.aliases()
                    + " names: at most " + MAX_ALIASES + " aliases of one field");
        }
        return Optional.empty();
    }

    /**
     * Both limits as one instrumentation that acts only before execution, its verdict kept per document
     * and the values of the variables it reads ({@link CheckedDocuments}). graphql-java calls every
     * instrumentation for every field it resolves; one that does nothing per field costs nothing.
     */
    public static Instrumentation instrumentation() {
        return instrumentation(new CheckedDocuments());
    }

    static Instrumentation instrumentation(CheckedDocuments checked) {
        MaxQueryDepthInstrumentation depth = new MaxQueryDepthInstrumentation(MAX_DEPTH);
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                // Over any limit, the whole document is refused: nothing of it runs.
                Optional<String> refusal =
                        checked.verdict(parameters.getExecutionContext(), () -> refusal(depth, parameters, state));
                if (refusal.isPresent()) {
                    throw new AbortExecutionException(refusal.get());
                }
                return super.beginExecuteOperation(parameters, state);
            }

            /** Past the request's deadline ({@link TimeLimit}) no data fetcher starts; properties of what is in hand still resolve. */
            @Override
            public DataFetcher<?> instrumentDataFetcher(
                    DataFetcher<?> fetcher,
                    InstrumentationFieldFetchParameters parameters,
                    InstrumentationState state) {
                if (parameters.isTrivialDataFetcher()) {
                    return fetcher;
                }
                Long deadline = parameters.getEnvironment().getGraphQlContext().get(TimeLimit.DEADLINE);
                if (deadline == null || System.nanoTime() - deadline < 0) {
                    return fetcher;
                }
                return environment -> {
                    throw new AbortExecutionException("the request ran past its time limit");
                };
            }
        };
    }
}
