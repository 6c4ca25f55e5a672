package com.creatorcompass.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** Depth and page-aware complexity, on a small schema: a page's children cost as many times as the page is long. */
class QueryLimitsTest {

    static final GraphQL API = GraphQL.newGraphQL(schema())
            .instrumentation(QueryLimits.instrumentation()).build();

    @Test
    void a_page_of_100_items_with_ten_fields_fits_and_three_such_pages_do_not() {
        String page = "items(first: 100) { a b c d e f g h i j }";
        assertThat(API.execute("{ " + page + " }").getErrors()).isEmpty(); // 1 + 100 × 10 = 1,001
        ExecutionResult three = API.execute("{ x: " + page + " y: " + page + " z: " + page + " }"); // 3,003
        assertThat(three.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getMessage()).contains("maximum query complexity exceeded 3003 > 3000"));
    }

    @Test
    void depth_beyond_the_limit_is_refused() {
        String deep = "{ " + "node { ".repeat(16) + "a" + " }".repeat(17);
        assertThat(API.execute(deep).getErrors()).singleElement().satisfies(error ->
                assertThat(error.getMessage()).contains("maximum query depth exceeded 17 > 15"));
        String fine = "{ " + "node { ".repeat(13) + "a" + " }".repeat(14);
        assertThat(API.execute(fine).getErrors()).isEmpty();
    }

    private static GraphQLSchema schema() {
        String sdl = """
                type Query { items(first: Int): [Item] node: Node }
                type Item { a: Int b: Int c: Int d: Int e: Int f: Int g: Int h: Int i: Int j: Int }
                type Node { a: Int node: Node }
                """;
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.newRuntimeWiring().build());
    }
}
