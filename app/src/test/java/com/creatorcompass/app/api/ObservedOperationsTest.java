package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Each GraphQL request is timed once as "graphql.request", by operation and outcome; the operation is
 * named only for a document the web UI ships, so a caller cannot mint tags.
 */
class ObservedOperationsTest extends ApiTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    GraphQlSource graphQlSource;

    HttpGraphQlTester ana;
    String me;

    @BeforeEach
    void signedIn() throws Exception {
        ana = graphQl(signIn("observed@example.com"));
        me = new ClassPathResource("graphql-client/Me.graphql").getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_shipped_operation_is_timed_under_its_name() {
        long before = count("Me", "SUCCESS");

        ana.document(me)
                .operationName("Me")
                .execute()
                .path("me.email")
                .entity(String.class)
                .isEqualTo("observed@example.com");

        assertThat(count("Me", "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    void any_other_document_is_timed_as_other_whatever_it_calls_itself() {
        long before = count("other", "SUCCESS");

        ana.document("query Minted4711 { me { id } }").execute().path("me.id").hasValue();

        assertThat(count("other", "SUCCESS")).isEqualTo(before + 1);
        assertThat(meters.find("graphql.request")
                        .tag("graphql.operation.name", "Minted4711")
                        .timer())
                .isNull();
    }

    @Test
    void a_request_answered_with_errors_is_timed_as_a_request_error() {
        long before = count("other", "REQUEST_ERROR");

        ana.document("{ me { noSuchField } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(
                                error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));

        assertThat(count("other", "REQUEST_ERROR")).isEqualTo(before + 1);
    }

    @Test
    void graphql_java_calls_the_one_instrumentation_itself_not_a_chain_of_one() {
        assertThat(graphQlSource.graphQl().getInstrumentation()).isNotInstanceOf(ChainedInstrumentation.class);
    }

    private long count(String operation, String outcome) {
        Timer timer = meters.find("graphql.request")
                .tag("graphql.operation.name", operation)
                .tag("graphql.outcome", outcome)
                .timer();
        return timer == null ? 0 : timer.count();
    }
}
