package com.creatorcompass.graphql.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The double-submit CSRF token: a cookie the UI's script reads and sends back as X-XSRF-TOKEN. Over
 * HTTPS it is a {@code __Host-} cookie (Secure, this host only, path /), so no subdomain can plant one.
 */
final class CsrfCookies {

    static final String NAME = "XSRF-TOKEN";

    private CsrfCookies() {}

    static CookieCsrfTokenRepository repository(boolean secure) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        if (secure) {
            repository.setCookieName(SignIn.HOST_PREFIX + NAME);
            repository.setCookieCustomizer(cookie -> cookie.secure(true).path("/"));
        }
        return repository;
    }

    /**
     * Where the token is looked for: on the refresh path only in the header (a cross-site form can
     * post a field, not set a header); on the sign-in forms also in the form field. The token is loaded
     * on every request, so the cookie is always set.
     */
    static final class HeaderOnlyOnRefresh extends CsrfTokenRequestAttributeHandler {

        HeaderOnlyOnRefresh() {
            setCsrfRequestAttributeName(null);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            if ("/auth/token".equals(request.getServletPath())) {
                return request.getHeader(token.getHeaderName());
            }
            return super.resolveCsrfTokenValue(request, token);
        }
    }
}
