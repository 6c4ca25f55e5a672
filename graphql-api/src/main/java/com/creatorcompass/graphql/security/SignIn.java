package com.creatorcompass.graphql.security;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.user.Emails;
import com.creatorcompass.contracts.user.RegisterUser;
import com.creatorcompass.contracts.user.Requesters;
import com.creatorcompass.graphql.security.sessions.SignInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What every way of signing in ends with: the user registered (once, by a command), a sign-in session
 * started ({@link SignInSessions}), and its first refresh token in an HttpOnly cookie the UI trades for
 * access tokens at {@code POST /auth/token}.
 */
public class SignIn {

    /**
     * Over HTTPS the refresh cookie is a {@code __Host-} cookie: Secure, for this host only, on path
     * {@code /} — no subdomain or plain-HTTP page can set or shadow it. The demo on http://localhost
     * cannot use the prefix, and keeps its cookie to {@code /auth}.
     */
    static final String REFRESH_COOKIE = "compass_refresh";

    static final String HOST_PREFIX = "__Host-";
    static final String COOKIE_PATH = "/auth";

    /** How much of the User-Agent a session keeps to be told apart in the user's list. */
    static final int CLIENT_LENGTH = 200;

    private final CommandGateway commands;
    private final Tokens tokens;
    private final SignInSessions sessions;
    private final SecurityProperties properties;
    private final Clock clock;

    public SignIn(
            CommandGateway commands,
            Tokens tokens,
            SignInSessions sessions,
            SecurityProperties properties,
            Clock clock) {
        this.commands = commands;
        this.tokens = tokens;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A user id stable per identity-provider account, that says nothing about it. */
    public static String userId(String issuer, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8));
            return Requesters.USER_PREFIX + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers the user if new, starts a session for the browser that asked, and sets the refresh cookie. */
    public Tokens.Identity signedIn(
            String issuer,
            String subject,
            String email,
            String name,
            HttpServletRequest request,
            HttpServletResponse response) {
        Tokens.Identity identity = new Tokens.Identity(userId(issuer, subject), email, name);
        try {
            commands.sendAndWait(new RegisterUser(identity.userId(), email, name));
        } catch (CommandRejectedException rejected) {
            if (rejected.rejection() != Rejection.USER_ALREADY_REGISTERED) {
                throw rejected;
            }
        }
        setRefreshCookie(startSession(identity, request.getHeader(HttpHeaders.USER_AGENT)), response);
        return identity;
    }

    /** A new sign-in session for a registered user, and its first tokens. */
    public Tokens.Issued startSession(Tokens.Identity identity, String userAgent) {
        SignInSessions.Started session = sessions.start(
                identity.userId(),
                Emails.canonical(identity.email()),
                client(userAgent),
                clock.instant(),
                properties.sessionLifetime());
        return tokens.issue(identity, new Tokens.Session(session.sessionId(), session.firstToken(), session.endsAt()));
    }

    /** The User-Agent as kept with a session: one line, at most {@link #CLIENT_LENGTH} characters; null when none was sent. */
    static String client(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String line = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= CLIENT_LENGTH ? line : line.substring(0, CLIENT_LENGTH);
    }

    /** A sign-in refused for what was sent: 400 with the rule broken (our words, never the input). */
    static void refuse(HttpServletResponse response, CommandRejectedException refused) throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(refused.getMessage());
    }

    void setRefreshCookie(Tokens.Issued issued, HttpServletResponse response) {
        Duration lasts = Duration.between(clock.instant(), issued.refreshExpiresAt());
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(issued.refreshToken(), lasts).toString());
    }

    void clearRefreshCookie(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
    }

    /** The refresh cookie's name here: with the {@code __Host-} prefix wherever cookies are Secure. */
    String refreshCookieName() {
        return properties.secureCookies() ? HOST_PREFIX + REFRESH_COOKIE : REFRESH_COOKIE;
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(refreshCookieName(), value)
                .httpOnly(true)
                .secure(properties.secureCookies())
                .sameSite("Strict")
                .path(properties.secureCookies() ? "/" : COOKIE_PATH)
                .maxAge(maxAge)
                .build();
    }
}
