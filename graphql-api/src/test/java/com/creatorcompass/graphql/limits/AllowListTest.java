package com.creatorcompass.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** With the allow-list on, only the shipped documents run (whitespace and comments aside); off, anything does. */
class AllowListTest {

    @Test
    void only_shipped_operations_pass_when_enforced() throws IOException {
        String shipped = new ClassPathResource("graphql-client/Me.graphql").getContentAsString(StandardCharsets.UTF_8);
        AllowList enforced = new AllowList(true);

        assertThat(enforced.permits(shipped)).isTrue();
        assertThat(enforced.permits("# reformatted\n" + shipped.replace("\n", "\n\n    ")))
                .isTrue();
        assertThat(enforced.permits("{ me { id } }")).isFalse();
        assertThat(enforced.permits(shipped.replace("email", "email roles"))).isFalse();
        assertThat(new AllowList(false).permits("{ me { id } }")).isTrue();
        // decided once per document text: asked again, the same answer
        assertThat(enforced.permits(shipped)).isTrue();
        assertThat(enforced.permits("{ me { id } }")).isFalse();
    }
}
