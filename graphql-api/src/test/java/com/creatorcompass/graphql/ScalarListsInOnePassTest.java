package com.creatorcompass.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list of scalars completed in one pass answers what graphql-java's own strategy answers — data,
 * errors with their paths, nulls propagated to the nearest nullable parent — for every kind of list a
 * schema can hold.
 */
class ScalarListsInOnePassTest {

    static final String SCHEMA = """
            scalar Date
            scalar Long
            type Query { series: Series }
            type Series {
                days: [Date!]!
                counts: [Long]!
                flags: [Boolean!]
                nested: [[Int]]
                objects: [Point]
                badDates: [Date]
                nullInNonNull: [Int!]
                nullInNonNullUnderNonNull: Inner
                optionals: [Int]
                empty: [String!]!
                labels: [String]
            }
            type Inner { values: [Int!]! }
            type Point { x: Int }
            """;

    static final Map<String, Object> SERIES = Map.ofEntries(
            Map.entry("days", List.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"))),
            Map.entry("counts", Arrays.asList(10L, null, 12L)),
            Map.entry("flags", List.of(true, false)),
            Map.entry("nested", Arrays.asList(Arrays.asList(1, null), null, List.of())),
            Map.entry("objects", Arrays.asList(Map.of("x", 1), null)),
            Map.entry("badDates", List.of("not a date")),
            Map.entry("nullInNonNull", Arrays.asList(1, null, 3)),
            Map.entry("nullInNonNullUnderNonNull", Map.of("values", Arrays.asList(1, null))),
            Map.entry("optionals", List.of(Optional.of(5), Optional.empty())),
            Map.entry("empty", List.of()),
            Map.entry("labels", Arrays.asList("a", null, "c")));

    static final String EVERY_FIELD =
            "{ series { days counts flags nested objects { x } badDates nullInNonNull nullInNonNullUnderNonNull { values }"
                    + " optionals empty labels } }";

    @Test
    void every_kind_of_list_is_answered_as_graphql_java_answers_it() {
        ExecutionResult engine = api(new AsyncExecutionStrategy(), null).execute(EVERY_FIELD);
        ExecutionResult onePass = api(new ScalarListsInOnePass(new SimpleDataFetcherExceptionHandler()), null)
                .execute(EVERY_FIELD);

        assertThat(onePass.toSpecification()).isEqualTo(engine.toSpecification());
        assertThat(engine.getErrors())
                .as("the fixture reaches the error cases")
                .extracting(error -> error.getPath().toString())
                .containsExactlyInAnyOrder(
                        "[series, badDates, 0]",
                        "[series, nullInNonNull, 1]",
                        "[series, nullInNonNullUnderNonNull, values, 1]");
    }

    @Test
    void scalars_are_serialized_by_their_scalar_and_nulls_kept_where_allowed() {
        Map<String, Object> series = data(api(new ScalarListsInOnePass(new SimpleDataFetcherExceptionHandler()), null)
                .execute("{ series { days counts optionals labels nullInNonNull } }"));

        assertThat(series.get("days")).isEqualTo(List.of("2026-01-01", "2026-01-02"));
        assertThat(series.get("counts")).isEqualTo(Arrays.asList(10L, null, 12L));
        assertThat(series.get("optionals")).isEqualTo(Arrays.asList(5, null));
        assertThat(series.get("labels")).isEqualTo(Arrays.asList("a", null, "c"));
        assertThat(series.get("nullInNonNull"))
                .as("a null item where [Int!] forbids it nulls the list")
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"engine", "one pass"})
    void instrumentation_sees_each_list_completed_once_either_way(String strategy) {
        AtomicInteger begun = new AtomicInteger();
        List<Object> completed = new ArrayList<>();
        var listCompletions = new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<Object> beginFieldListCompletion(
                    InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
                begun.incrementAndGet();
                return new InstrumentationContext<>() {
                    @Override
                    public void onDispatched() {}

                    @Override
                    public void onCompleted(Object result, Throwable failure) {
                        completed.add(result);
                    }
                };
            }
        };
        ExecutionStrategy execution = strategy.equals("engine")
                ? new AsyncExecutionStrategy()
                : new ScalarListsInOnePass(new SimpleDataFetcherExceptionHandler());

        api(execution, listCompletions).execute("{ series { days flags } }");

        assertThat(begun).hasValue(2);
        assertThat(completed).containsExactly(List.of("2026-01-01", "2026-01-02"), List.of(true, false));
    }

    private static GraphQL api(ExecutionStrategy strategy, SimplePerformantInstrumentation instrumentation) {
        GraphQL.Builder builder = GraphQL.newGraphQL(schema()).queryExecutionStrategy(strategy);
        return instrumentation == null
                ? builder.build()
                : builder.instrumentation(instrumentation).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(ExecutionResult result) {
        return (Map<String, Object>) ((Map<String, Object>) result.getData()).get("series");
    }

    private static GraphQLSchema schema() {
        DataFetcher<Object> series = environment -> SERIES;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.GraphQLLong)
                .type("Query", type -> type.dataFetcher("series", series))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
    }
}
