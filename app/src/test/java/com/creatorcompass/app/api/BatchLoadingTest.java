package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
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

        // me (1) + creators (1) + growth (1) + engagement (1) + first videos (1) + latest observations (1)
        // + video histories (3)
        assertThat(forOne).isEqualTo(9);
        assertThat(forThree).isEqualTo(forOne);
    }

    @Test
    void the_dashboard_costs_one_statement_per_section() throws Exception {
        HttpGraphQlTester reader = graphQl(signIn("dashboard@example.com"));
        String dashboard =
                new ClassPathResource("graphql-client/Dashboard.graphql").getContentAsString(StandardCharsets.UTF_8);
        long before = statements.executed.get();
        reader.document(dashboard)
                .variable("handle", "ana.reads")
                .variable("from", "2026-11-01")
                // a view no other test asks for: a kept answer would cost no statement (KeptAnswersTest)
                .variable("to", "2026-11-29")
                .execute()
                .path("creator.growthColumns.followers")
                .entityList(Long.class)
                .containsExactly(1000L, 1100L, 1200L);
        // the creator's numbers (1), its growth (1), its latest videos (1)
        assertThat(statements.executed.get() - before).isEqualTo(3);
        // the page shows no hashtags, so none are read
        assertThat(statements.since(before)).noneMatch(sql -> sql.contains("video_hashtag"));
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
