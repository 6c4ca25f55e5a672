package com.creatorcompass.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void without_graphiql_only_the_apps_own_scripts_run() {
        String policy = SecurityConfiguration.contentSecurityPolicy(false);

        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("unpkg.com").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void the_demos_graphiql_page_gets_its_inline_script_and_unpkg() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(true))
                .contains("script-src 'self' 'unsafe-inline' https://unpkg.com;", "frame-ancestors 'none'");
    }
}
