package com.creatorcompass.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void only_the_apps_own_scripts_run_on_every_page_graphiql_included() {
        String policy = SecurityConfiguration.contentSecurityPolicy();

        assertThat(policy)
                .contains("script-src 'self';", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("unpkg.com")
                .doesNotContain("https:")
                .doesNotContain("'unsafe-eval'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
