package com.creatorcompass.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** Over HTTPS every cookie is a __Host- cookie; the refresh path takes its CSRF token from the header only. */
class CookiesTest {

    static SecurityProperties secure(boolean secure) {
        return new SecurityProperties(
                "0123456789abcdef0123456789abcdef",
                "creator-compass",
                Duration.ofMinutes(15),
                Duration.ofDays(14),
                Duration.ofDays(30),
                null,
                "http://localhost:8080",
                false,
                secure,
                null,
                null);
    }

    @Test
    void over_https_the_refresh_cookie_is_a_host_cookie_on_the_whole_host_and_in_the_demo_it_keeps_to_auth() {
        MockHttpServletResponse https = new MockHttpServletResponse();
        new SignIn(null, null, null, secure(true), java.time.Clock.systemUTC()).clearRefreshCookie(https);
        assertThat(https.getHeader("Set-Cookie"))
                .startsWith("__Host-compass_refresh=;")
                .contains("Path=/;", "Secure", "HttpOnly", "SameSite=Strict")
                .doesNotContain("Domain");
        MockHttpServletResponse http = new MockHttpServletResponse();
        new SignIn(null, null, null, secure(false), java.time.Clock.systemUTC()).clearRefreshCookie(http);
        assertThat(http.getHeader("Set-Cookie"))
                .startsWith("compass_refresh=;")
                .contains("Path=/auth;")
                .doesNotContain("Secure");
    }

    @Test
    void over_https_the_csrf_cookie_is_a_host_cookie_too() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfCookies.repository(true)
                .saveToken(
                        new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "t0k3n"), new MockHttpServletRequest(), response);
        assertThat(response.getHeader("Set-Cookie"))
                .startsWith("__Host-XSRF-TOKEN=t0k3n;")
                .contains("Path=/;", "Secure")
                .doesNotContain("HttpOnly"); // the UI's script reads it
    }

    @Test
    void the_refresh_path_reads_the_token_from_the_header_only_and_the_sign_in_form_from_its_field() {
        CsrfToken token = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "t0k3n");
        CsrfCookies.HeaderOnlyOnRefresh handler = new CsrfCookies.HeaderOnlyOnRefresh();
        MockHttpServletRequest formToRefresh = new MockHttpServletRequest("POST", "/auth/token");
        formToRefresh.setServletPath("/auth/token");
        formToRefresh.setParameter("_csrf", "t0k3n");
        assertThat(handler.resolveCsrfTokenValue(formToRefresh, token)).isNull();
        MockHttpServletRequest headerToRefresh = new MockHttpServletRequest("POST", "/auth/token");
        headerToRefresh.setServletPath("/auth/token");
        headerToRefresh.addHeader("X-XSRF-TOKEN", "t0k3n");
        assertThat(handler.resolveCsrfTokenValue(headerToRefresh, token)).isEqualTo("t0k3n");
        MockHttpServletRequest signInForm = new MockHttpServletRequest("POST", "/auth/dev");
        signInForm.setServletPath("/auth/dev");
        signInForm.setParameter("_csrf", "t0k3n");
        assertThat(handler.resolveCsrfTokenValue(signInForm, token)).isEqualTo("t0k3n");
    }
}
