package com.creatorcompass.graphql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a creator's analytics are kept: the same for every signed-in user, changed only by what is written about the creator. */
class CacheableDocumentsTest {

    final CacheableDocuments documents = new CacheableDocuments(100);

    @Test
    void a_query_of_creators_only_is_kept() {
        assertThat(documents.cacheable(
                        "query Dashboard($h: String!) { creator(handle: $h) { handle followers { value } } }", null))
                .isTrue();
        assertThat(documents.cacheable(
                        "{ a: creator(handle: \"a\") { handle } b: creator(handle: \"b\") { ...F } __typename }"
                                + " fragment F on Creator { tier }",
                        null))
                .isTrue();
    }

    @Test
    void anything_that_answers_per_user_or_changes_something_is_not() {
        assertThat(documents.cacheable("{ me { email } }", null))
                .as("the caller's own account")
                .isFalse();
        assertThat(documents.cacheable("{ creator(handle: \"a\") { handle } me { email } }", null))
                .isFalse();
        assertThat(documents.cacheable("{ alerts { edges { node { id } } } }", null))
                .isFalse();
        assertThat(documents.cacheable("mutation { trackCreator(input: {handle: \"a\"}) { errors { code } } }", null))
                .isFalse();
        assertThat(documents.cacheable("subscription { myActivity { kind } }", null))
                .isFalse();
        assertThat(documents.cacheable(
                        "{ ...Root } fragment Root on Query { creator(handle: \"a\") { handle } }", null))
                .as("a fragment at the root is not looked into")
                .isFalse();
        assertThat(documents.cacheable("{ __typename }", null))
                .as("no creator read")
                .isFalse();
    }

    @Test
    void the_operation_asked_for_is_the_one_judged() {
        String two = "query Mine { me { email } } query Theirs { creator(handle: \"a\") { handle } }";

        assertThat(documents.cacheable(two, "Theirs")).isTrue();
        assertThat(documents.cacheable(two, "Mine")).isFalse();
        assertThat(documents.cacheable(two, null))
                .as("ambiguous: graphql-java refuses it")
                .isFalse();
        assertThat(documents.cacheable(two, "Missing")).isFalse();
    }

    @Test
    void a_document_that_does_not_parse_is_not() {
        assertThat(documents.cacheable("{ creator(handle: ", null)).isFalse();
        assertThat(documents.cacheable(null, null)).isFalse();
    }
}
