package com.creatorcompass.graphql.security;

import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** In prod: Google's client and the signing key must come from the environment, and the dev sign-in must be off. */
final class ProductionSecurityCheck {

    private ProductionSecurityCheck() {}

    static void verify(Environment environment, SecurityProperties properties) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        StringBuilder missing = new StringBuilder();
        if (properties.jwtSecret() == null || properties.jwtSecret().getBytes(StandardCharsets.UTF_8).length < 32) {
            missing.append(" COMPASS_JWT_SECRET (at least 32 bytes);");
        }
        if (blank(properties.google().clientId())) {
            missing.append(" GOOGLE_CLIENT_ID;");
        }
        if (blank(properties.google().clientSecret())) {
            missing.append(" GOOGLE_CLIENT_SECRET;");
        }
        if (properties.devSignIn()) {
            missing.append(" compass.security.dev-sign-in must be false;");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("refusing to start in prod without:" + missing);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
