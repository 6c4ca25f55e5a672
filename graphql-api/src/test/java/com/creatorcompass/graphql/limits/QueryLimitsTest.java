package com.creatorcompass.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Depth and cost, on a small schema shaped like the API's: a page's children cost as many times as the
 * page is long, a series' as the days of its range, a comparison's as its handles; a document over the
 * limit is refused whole, whatever its arguments add up to.
 */
class QueryLimitsTest {

    static final GraphQL API = GraphQL.newGraphQL(schema())
            .instrumentation(QueryLimits.instrumentation())
            .build();

    @Test
    void a_page_of_100_items_with_ten_fields_costs_1_001_and_twenty_pages_of_1_000_with_five_are_refused_whole() {
        assertThat(API.execute("{ items(first: 100) { a b c d e f g h i j } }").getErrors())
                .isEmpty(); // 1 + 100 × 10
        String page = "items(first: 1000) { a b c d e }"; // 1 + 1,000 × 5 = 5,001
        StringBuilder twenty = new StringBuilder("{ ");
        for (int i = 0; i < 20; i++) {
            twenty.append("p").append(i).append(": ").append(page).append(' ');
        }
        ExecutionResult refused = API.execute(twenty + "}"); // 20 × 5,001 = 100,020
        assertThat(refused.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("cost 100020 > 100000"));
        assertThat((Object) refused.getData()).as("nothing of it runs").isNull();
    }

    @Test
    void a_flood_of_cheap_aliases_is_refused_by_the_fields_it_selects() {
        StringBuilder flood = new StringBuilder("{ ");
        for (int i = 0; i < 251; i++) {
            flood.append("n").append(i).append(": node { a } ");
        }
        ExecutionResult refused = API.execute(flood + "}"); // 251 aliases × 2 fields = 502, costing only 502
        assertThat(refused.getErrors())
                .singleElement()
                .satisfies(error ->
                        assertThat(error.getMessage()).contains("the query selects too many fields: 502 > 500"));
        assertThat((Object) refused.getData()).isNull();
    }

    @Test
    void one_field_under_more_than_ten_aliases_is_refused_and_the_same_name_twice_is_one() {
        StringBuilder ten = new StringBuilder("{ ");
        for (int i = 0; i < 10; i++) {
            ten.append("n").append(i).append(": node { a } ");
        }
        assertThat(API.execute(ten + "}").getErrors()).isEmpty();
        assertThat(API.execute(ten + "node { a } node { a } }").getErrors())
                .as("ten aliases and node written twice: 11 names, not 12")
                .isNotEmpty()
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("node under 11 names"));
        ExecutionResult refused = API.execute(ten + "n10: node { a } }");
        assertThat(refused.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage())
                        .contains("the query asks for node under 11 names: at most 10 aliases of one field"));
        assertThat((Object) refused.getData()).isNull();
        assertThat(API.execute("{ node { a b: a c: a } items(first: 3) { a } }").getErrors())
                .isEmpty();
    }

    @Test
    void a_page_size_that_would_wrap_a_32_bit_total_below_the_limit_is_refused_with_the_rest_of_its_document() {
        // The probe's attack: a costly document beside one field whose page of 2^30 made an int total negative.
        String costly = "a: items(first: 100) { a b c d e f g h i j } b: items(first: 100) { a b c d e f g h i j } "
                + "c: items(first: 100) { a b c d e f g h i j }";
        for (String huge : new String[] {"1073741824", "2147483647"}) {
            ExecutionResult result = API.execute("{ " + costly + " z: items(first: " + huge + ") { a b c d } }");
            assertThat(result.getErrors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.getMessage()).contains("> 100000"));
            assertThat((Object) result.getData()).as("first: " + huge).isNull();
        }
        String nested = "{ items(first: 2147483647) { items(first: 2147483647) { items(first: 2147483647) { a } } } }";
        assertThat(API.execute(nested).getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("cost beyond counting > 100000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"growth", "growthColumns"})
    void a_series_costs_by_the_days_of_its_range_so_ten_creators_times_ten_years_are_refused(String series) {
        String year = series + "(from: \"2025-01-01\", to: \"2025-12-31\") { day followers likes }"; // 1 + 365 × 3
        assertThat(API.execute("{ compare(handles: [\"a\", \"b\", \"c\"]) { " + year + " } }")
                        .getErrors())
                .isEmpty();
        String tenYears = series + "(from: \"2016-01-01\", to: \"2026-01-08\") { day followers likes }"; // 3,661 days
        ExecutionResult refused = API.execute(
                "{ compare(handles: [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\"]) { "
                        + tenYears + " } }"); // 1 + 10 × (1 + 3,661 × 3)
        assertThat(refused.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("cost 109841 > 100000"));
        assertThat(API.execute("{ compare(handles: [\"a\"]) { " + series + " { day } } }")
                        .getErrors())
                .as("an open range is priced as the year it defaults to")
                .isEmpty();
    }

    @Test
    void a_verdict_is_kept_per_document_and_value_of_what_the_limits_read_and_no_other_value() {
        CheckedDocuments checked = new CheckedDocuments();
        GraphQL api = GraphQL.newGraphQL(schema())
                .instrumentation(QueryLimits.instrumentation(checked))
                .preparsedDocumentProvider(new ParsedDocuments(10))
                .build();
        String page =
                "query($first: Int, $label: String) { tagged(label: $label) { a } items(first: $first) { a b c d e f g h i j } }";

        assertThat(api.execute(run(page, Map.of("first", 100, "label", "one"))).getErrors())
                .isEmpty();
        assertThat(api.execute(run(page, Map.of("first", 100, "label", "two"))).getErrors())
                .isEmpty();
        assertThat(checked.checked())
                .as("a label is not priced: the verdict is recalled")
                .isEqualTo(1);

        assertThat(api.execute(run(page, Map.of("first", 20_000, "label", "one")))
                        .getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("cost 200003 > 100000"));
        assertThat(checked.checked()).isEqualTo(2);
    }

    @Test
    void a_branch_included_by_a_variable_is_checked_when_it_is_included() {
        GraphQL api = GraphQL.newGraphQL(schema())
                .instrumentation(QueryLimits.instrumentation(new CheckedDocuments()))
                .preparsedDocumentProvider(new ParsedDocuments(10))
                .build();
        String deep = "query($deep: Boolean!) { a: node { a } b: node @include(if: $deep) { " + "node { ".repeat(15)
                + "a" + " }".repeat(16) + " }";

        assertThat(api.execute(run(deep, Map.of("deep", false))).getErrors()).isEmpty();
        assertThat(api.execute(run(deep, Map.of("deep", true))).getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth exceeded"));
    }

    private static ExecutionInput run(String document, Map<String, Object> variables) {
        return ExecutionInput.newExecutionInput(document).variables(variables).build();
    }

    @Test
    void the_cost_adds_and_multiplies_without_ever_wrapping() {
        assertThat(QueryCost.plus(Long.MAX_VALUE - 1, 5)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.times(1L << 40, 1L << 40)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.times(0, Long.MAX_VALUE)).isZero();
        assertThat(QueryCost.times(1_001, 50)).isEqualTo(50_050);
    }

    @Test
    void depth_beyond_the_limit_is_refused() {
        String deep = "{ " + "node { ".repeat(16) + "a" + " }".repeat(17);
        assertThat(API.execute(deep).getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth exceeded 17 > 15"));
        String fine = "{ " + "node { ".repeat(13) + "a" + " }".repeat(14);
        assertThat(API.execute(fine).getErrors()).isEmpty();
    }

    private static GraphQLSchema schema() {
        String sdl = """
                scalar Date
                type Query { items(first: Int): [Item] node: Node compare(handles: [String!]!): [Creator!]! tagged(label: String): Node }
                type Item { a: Int b: Int c: Int d: Int e: Int f: Int g: Int h: Int i: Int j: Int items(first: Int): [Item] }
                type Node { a: Int node: Node }
                type Creator { handle: String growth(from: Date, to: Date): [Day] growthColumns(from: Date, to: Date): Columns }
                type Columns { day: [Date] followers: [Int] likes: [Int] }
                type Day { day: Date followers: Int likes: Int }
                """;
        return new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser().parse(sdl),
                        RuntimeWiring.newRuntimeWiring()
                                .scalar(ExtendedScalars.Date)
                                .type(
                                        "Query",
                                        type -> type.dataFetcher(
                                                "compare", env -> java.util.List.of(Map.of("handle", "a"))))
                                .build());
    }
}
