package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** No N+1: a nested query costs the same number of SQL statements for one tracked creator as for three. */
class BatchLoadingTest extends ApiTest {

    static final String NESTED = """
            { me { trackedCreators { handle followers { value }
                growth(from: "2026-11-01", to: "2026-11-30") { followers }
                engagement(from: "2026-11-01", to: "2026-11-30") { day }
                latestVideos(first: 3) { edges { node { id lastObservation { views } observations { views } velocity { age } } } } } } }""";
    // Priced for a full tracking list (200 creators) this stays within the cost limit; a video's series loads with its
    // observations.

    @Test
    void statements_do_not_grow_with_the_number_of_parents() throws Exception {
        HttpGraphQlTester one = graphQl(signIn("batch1@example.com"));
        one.document("mutation { trackCreator(input: {handle: \"ana.reads\"}) { errors { code } } }")
                .execute();
        HttpGraphQlTester three = graphQl(signIn("batch3@example.com"));
        for (String handle : new String[] {"ana.reads", "bella.bakes", "cara.codes"}) {
            three.document("mutation { trackCreator(input: {handle: \"" + handle + "\"}) { errors { code } } }")
                    .execute();
        }

        long forOne = statementsOf(one, 1, 3);
        long forThree = statementsOf(three, 3, 6);

        // me (1) + creators (4) + growth (2) + engagement (1) + first videos (1) + video details (3)
        assertThat(forOne).isEqualTo(12);
        assertThat(forThree).isEqualTo(forOne);
    }

    private long statementsOf(HttpGraphQlTester tester, int creators, int videos) {
        long before = statements.executed.get();
        tester.document(NESTED)
                .execute()
                .path("me.trackedCreators")
                .entityList(Object.class)
                .hasSize(creators)
                .path("me.trackedCreators[*].latestVideos.edges[*].node.id")
                .entityList(String.class)
                .hasSize(videos);
        return statements.executed.get() - before;
    }
}
