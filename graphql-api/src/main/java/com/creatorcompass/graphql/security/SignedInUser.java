package com.creatorcompass.graphql.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is asking: the subject, e-mail and roles of the access token this request carried. */
public record SignedInUser(String id, String email, List<String> roles) {

    public static final String ADMIN = "ADMIN";

    public static SignedInUser of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "no access token");
        }
        Jwt jwt = token.getToken();
        List<String> roles = jwt.getClaimAsStringList(Tokens.ROLES);
        return new SignedInUser(
                jwt.getSubject(), jwt.getClaimAsString(Tokens.EMAIL), roles == null ? List.of() : roles);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
