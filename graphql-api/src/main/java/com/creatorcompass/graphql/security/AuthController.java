package com.creatorcompass.graphql.security;

import com.creatorcompass.graphql.security.sessions.SessionEnd;
import com.creatorcompass.graphql.security.sessions.SignInSessions;
import com.creatorcompass.graphql.security.sessions.Trade;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.WebUtils;

/**
 * The refresh path: the UI trades its refresh cookie for a fresh access token and a rotated cookie;
 * a refresh token already traded ends its whole session (someone else holds a copy). Cookie-based,
 * so CSRF-protected: send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN (the header only: a form
 * field would let a plain cross-site form try). Signing out ends the session on the server too.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
public class AuthController {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final Tokens tokens;
    private final SignIn signIn;
    private final SignInSessions sessions;
    private final Clock clock;

    public AuthController(Tokens tokens, SignIn signIn, SignInSessions sessions, Clock clock) {
        this.tokens = tokens;
        this.signIn = signIn;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Hands out the CSRF token (also set as the XSRF-TOKEN cookie). */
    @GetMapping("/auth/csrf")
    public Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @PostMapping("/auth/token")
    public ResponseEntity<Map<String, Object>> token(HttpServletRequest request, HttpServletResponse response) {
        Tokens.Presented presented = presented(request);
        if (presented == null) {
            signIn.clearRefreshCookie(response);
            return refused("sign in again");
        }
        Instant now = clock.instant();
        Trade trade = sessions.trade(presented.sessionId(), presented.tokenId(), now);
        if (trade instanceof Trade.Rotated rotated) {
            Tokens.Issued issued = tokens.issue(
                    presented.identity(),
                    new Tokens.Session(presented.sessionId(), rotated.next(), rotated.sessionEndsAt()));
            signIn.setRefreshCookie(issued, response);
            return ResponseEntity.ok(Map.of(
                    "accessToken",
                    issued.accessToken(),
                    "tokenType",
                    "Bearer",
                    "expiresIn",
                    issued.accessExpiresAt().getEpochSecond() - now.getEpochSecond()));
        }
        signIn.clearRefreshCookie(response);
        if (trade instanceof Trade.Reused) {
            log.warn(
                    "A refresh token of session {} (user {}) was presented after it had been traded: the session is ended",
                    presented.sessionId(),
                    presented.identity().userId());
            return refused("this sign-in was ended because its refresh token was used twice; sign in again");
        }
        return refused("sign in again");
    }

    @PostMapping("/auth/logout")
    public ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        Tokens.Presented presented = presented(request);
        if (presented != null) {
            sessions.endOwn(
                    presented.identity().userId(), presented.sessionId(), SessionEnd.SIGNED_OUT, clock.instant());
        }
        signIn.clearRefreshCookie(response);
        return ResponseEntity.noContent().build();
    }

    /** The refresh cookie's token when it is one of ours and unexpired; null otherwise. */
    private Tokens.Presented presented(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, signIn.refreshCookieName());
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        try {
            return tokens.refresh(cookie.getValue());
        } catch (JwtException invalid) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> refused(String message) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Map.of("error", "UNAUTHENTICATED", "message", message));
    }
}
