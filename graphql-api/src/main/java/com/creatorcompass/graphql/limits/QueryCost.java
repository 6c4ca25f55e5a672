package com.creatorcompass.graphql.limits;

import com.creatorcompass.contracts.user.AccountLimits;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a document costs: about how many values it can return, counted before anything runs. A field
 * costs 1 plus its children's cost times how many items it can return — a page its {@code first}, a
 * series the points in its date range (a year of growth by default, 90 days of engagement), a
 * comparison its handles, an account's list its cap, a video's observations {@link #OBSERVATIONS}.
 * Counted in saturating {@code long} arithmetic: no argument can wrap the total below the limit. Apart
 * from that, the fields a document selects are counted as written (every alias): a flood of cheap
 * fields costs the server per field, whatever they return.
 */
public final class QueryCost {

    /** A video gains an observation per scrape; its list is priced as this many (an estimate, not a cap). */
    static final int OBSERVATIONS = 100;

    private static final Map<String, Integer> LIST_SIZES = Map.of(
            "trackedCreators",
            AccountLimits.MAX_TRACKED,
            "competitors",
            AccountLimits.MAX_COMPETITORS,
            "observations",
            OBSERVATIONS,
            "engagementSeries",
            OBSERVATIONS,
            "velocity",
            4);
    private static final Map<String, Integer> DEFAULT_DAYS =
            Map.of("growth", 366, "growthColumns", 366, "engagement", 90);

    /** The arguments a field's price reads ({@link #items}): a document's cost depends on these alone. */
    static final Set<String> PRICED_ARGUMENTS = Set.of("first", "handles", "from", "to", "granularity");

    private QueryCost() {}

    /**
     * A document's cost: the values it can return, the fields it selects (each alias and spread
     * counted), and the field asked for under the most aliases in one selection ({@code me} 1,400
     * times, say) with how many.
     */
    public record Cost(long values, int fields, String mostAliasedField, int aliases) {}

    /** The cost of the operation about to run. */
    public static Cost of(ExecutionContext execution) {
        return of(
                execution.getGraphQLSchema(),
                execution.getDocument(),
                execution.getOperationDefinition().getName(),
                execution.getCoercedVariables());
    }

    public static Cost of(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build();
        Map<QueryVisitorFieldEnvironment, Long> childCost = new HashMap<>();
        Map<Map.Entry<QueryVisitorFieldEnvironment, String>, Set<String>> aliases = new HashMap<>();
        int[] fields = {0};
        traverser.visitPostOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment field) {
                fields[0]++;
                long cost = plus(1, times(childCost.getOrDefault(field, 0L), items(field)));
                childCost.merge(field.getParentEnvironment(), cost, QueryCost::plus);
                aliases.computeIfAbsent(
                                new AbstractMap.SimpleImmutableEntry<>(
                                        field.getParentEnvironment(),
                                        field.getField().getName()),
                                key -> new HashSet<>())
                        .add(field.getField().getResultKey());
            }
        });
        Map.Entry<Map.Entry<QueryVisitorFieldEnvironment, String>, Set<String>> most = aliases.entrySet().stream()
                .max(Comparator.comparingInt(entry -> entry.getValue().size()))
                .orElse(null);
        return new Cost(
                childCost.getOrDefault(null, 0L),
                fields[0],
                most == null ? null : most.getKey().getValue(),
                most == null ? 0 : most.getValue().size());
    }

    /** How many items a field can return: its children are paid for that many times. */
    static long items(QueryVisitorFieldEnvironment field) {
        Map<String, Object> arguments = field.getArguments();
        String name = field.getFieldDefinition().getName();
        if (arguments.get("first") instanceof Integer first) {
            return Math.max(1, first);
        }
        if (arguments.get("handles") instanceof List<?> handles) {
            return Math.max(1, handles.size());
        }
        if (field.getFieldDefinition().getArgument("from") != null && DEFAULT_DAYS.containsKey(name)) {
            return points(arguments, DEFAULT_DAYS.get(name));
        }
        return LIST_SIZES.getOrDefault(name, 1);
    }

    /** The days of [from, to] (the default window when either is open), per week or month when so grouped. */
    private static long points(Map<String, Object> arguments, int defaultDays) {
        long days = arguments.get("from") instanceof LocalDate from && arguments.get("to") instanceof LocalDate to
                ? Math.max(1, ChronoUnit.DAYS.between(from, to) + 1)
                : defaultDays;
        Object granularity = arguments.get("granularity");
        long perPoint =
                "WEEK".equals(String.valueOf(granularity)) ? 7 : "MONTH".equals(String.valueOf(granularity)) ? 28 : 1;
        return (days + perPoint - 1) / perPoint;
    }

    static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum; // both are never negative: a negative sum wrapped
    }

    static long times(long a, long b) {
        return a == 0 || b <= Long.MAX_VALUE / a ? a * b : Long.MAX_VALUE;
    }
}
