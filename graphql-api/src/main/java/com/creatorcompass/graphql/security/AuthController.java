package com.creatorcompass.graphql.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.WebUtils;

/**
 * The refresh path: the UI trades its refresh cookie for a fresh access token (and a rotated
 * cookie). Cookie-based, so CSRF-protected: send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN (the
 * header only: a form field would let a plain cross-site form try).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
public class AuthController {

    private final Tokens tokens;
    private final SignIn signIn;

    public AuthController(Tokens tokens, SignIn signIn) {
        this.tokens = tokens;
        this.signIn = signIn;
    }

    /** Hands out the CSRF token (also set as the XSRF-TOKEN cookie). */
    @GetMapping("/auth/csrf")
    public Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @PostMapping("/auth/token")
    public ResponseEntity<Map<String, Object>> token(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = WebUtils.getCookie(request, signIn.refreshCookieName());
        String refresh = cookie == null ? null : cookie.getValue();
        if (refresh == null || refresh.isBlank()) {
            return refused("not signed in");
        }
        Tokens.Identity identity;
        try {
            identity = tokens.refresh(refresh);
        } catch (JwtException invalid) {
            signIn.clearRefreshCookie(response);
            return refused("sign in again");
        }
        Tokens.Issued issued = tokens.issue(identity);
        signIn.setRefreshCookie(issued, response);
        return ResponseEntity.ok(Map.of("accessToken", issued.accessToken(), "tokenType", "Bearer",
                "expiresIn", issued.accessExpiresAt().getEpochSecond() - Instant.now().getEpochSecond()));
    }

    @PostMapping("/auth/logout")
    public ResponseEntity<Void> logout(HttpServletResponse response) {
        signIn.clearRefreshCookie(response);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Map<String, Object>> refused(String message) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "UNAUTHENTICATED", "message", message));
    }
}
