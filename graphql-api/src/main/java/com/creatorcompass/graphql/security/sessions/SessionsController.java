package com.creatorcompass.graphql.security.sessions;

import com.creatorcompass.contracts.user.Emails;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.errors.ErrorCode;
import com.creatorcompass.graphql.mutations.MutationError;
import com.creatorcompass.graphql.security.SignedInUser;
import com.creatorcompass.graphql.security.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;

/** A user's own sessions (see them, end one) and the admin's way to end anyone's. */
@Controller
public class SessionsController {

    private final SignInSessions sessions;
    private final Clock clock;

    public SessionsController(SignInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A session as the list shows it: {@code current} is the one the request came with. */
    public record SessionView(
            String id, Instant startedAt, Instant lastUsedAt, Instant endsAt, String client, boolean current) {}

    public record EndSessionsPayload(int ended, List<MutationError> errors) {}

    @SchemaMapping(typeName = "Me", field = "sessions")
    public List<SessionView> sessions(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        UUID asking = askingSession(authentication);
        return sessions.live(user.id(), clock.instant()).stream()
                .map(s -> new SessionView(
                        s.id().toString(),
                        s.startedAt(),
                        s.lastUsedAt(),
                        s.endsAt(),
                        s.client(),
                        s.id().equals(asking)))
                .toList();
    }

    @MutationMapping
    public EndSessionsPayload endSession(@Argument String id, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        UUID session = sessionId(id);
        if (session == null || !sessions.endOwn(user.id(), session, SessionEnd.ENDED_BY_USER, clock.instant())) {
            return new EndSessionsPayload(
                    0, List.of(MutationError.of(ApiException.notFound("no live session of yours has that id"))));
        }
        return new EndSessionsPayload(1, List.of());
    }

    @MutationMapping
    public EndSessionsPayload endUserSessions(@Argument String email, Authentication authentication) {
        if (!SignedInUser.of(authentication).isAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "ending another user's sessions needs the admin role");
        }
        String address = Emails.canonical(email);
        if (address.isEmpty() || address.length() > Emails.MAX_LENGTH) {
            throw ApiException.invalid("email must be 1 to " + Emails.MAX_LENGTH + " characters");
        }
        return new EndSessionsPayload(
                sessions.endAllOf(address, SessionEnd.ENDED_BY_ADMIN, clock.instant()), List.of());
    }

    private static UUID askingSession(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token ? Tokens.session(token.getToken()) : null;
    }

    /** A session id as sent; null for anything that is not one (it can then name no session of anyone's). */
    private static UUID sessionId(String id) {
        try {
            return id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }
}
