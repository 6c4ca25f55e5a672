package com.creatorcompass.app.roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code compass.roles} (env {@code COMPASS_ROLES}): which parts of the data flow this process runs,
 * so one jar scales out part by part. {@code all} (the default) is the demo's single process. A role
 * left out switches its part off, whatever else is configured; a role named keeps the part's own
 * switch. Commands are handled wherever they are sent (the event store's sequence numbers settle
 * races between processes), and queries where they are asked, so neither is a role.
 */
public final class CompassRoles implements EnvironmentPostProcessor {

    public static final String PROPERTY = "compass.roles";
    static final String SOURCE = "compassRoles";

    /** The parts a process can run. */
    public enum Role {
        /** GraphQL API, sign-in and the web UI; the query handlers behind them. Without it: no web server. */
        API,
        /** Scrape scheduler and browser sessions. */
        SCRAPER,
        /** The warehouse projection of the event store. */
        PROJECTIONS,
        /** Publication of the event store to Kafka. */
        PUBLISHER,
        /** The Kafka Streams jobs and their sink into the series tables. */
        STREAMS
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<Role> roles = parse(environment.getProperty(PROPERTY, "all"));
        Map<String, Object> off = new LinkedHashMap<>();
        if (!roles.contains(Role.API)) {
            off.put("spring.main.web-application-type", "none");
            // No web server's threads keep the process up: the workers' own threads do the work.
            off.put("spring.main.keep-alive", "true");
            off.put("compass.query.notice-listener", "false");
        }
        if (!roles.contains(Role.SCRAPER)) {
            off.put("compass.scraper.enabled", "false");
        }
        if (!roles.contains(Role.PROJECTIONS)) {
            off.put("compass.query.projections-enabled", "false");
        }
        if (!roles.contains(Role.PUBLISHER)) {
            off.put("compass.streams.publish", "false");
        }
        if (!roles.contains(Role.STREAMS)) {
            off.put("compass.streams.process", "false");
        }
        if (!roles.contains(Role.API) && !roles.contains(Role.PUBLISHER) && !roles.contains(Role.STREAMS)) {
            // A scraper or projection worker never talks to Kafka: it needs neither a broker nor its address.
            off.put("compass.kafka.enabled", "false");
        }
        if (!off.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, off));
        }
    }

    /** {@code all}, or a comma-separated list of role names in any case; anything else is refused at start. */
    public static Set<Role> parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("all")) {
            return EnumSet.allOf(Role.class);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : trimmed.split(",")) {
            String role = name.trim().toUpperCase(Locale.ROOT);
            if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                throw new IllegalStateException(PROPERTY + ": unknown role '" + name.trim() + "'; the roles are all, "
                        + Arrays.stream(Role.values())
                                .map(r -> r.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
            }
            roles.add(Role.valueOf(role));
        }
        return roles;
    }
}
