package com.creatorcompass.app.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.app.roles.CompassRoles.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml describes the scaled-out deployment this code supports (CI also runs
 * {@code docker-compose config -q} on it): every role run somewhere, and the parts wired as
 * docs/deployment.md says. Read with anchors and merge keys resolved, as Compose reads it.
 */
class DeploymentTopologyTest {

    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void every_role_runs_somewhere_and_every_role_list_is_valid() {
        Set<Role> deployed = EnumSet.noneOf(Role.class);
        appServices().forEach((name, env) -> deployed.addAll(CompassRoles.parse(env.get("COMPASS_ROLES"))));
        assertThat(deployed).containsExactlyInAnyOrder(Role.values());
        assertThat(appServices().values()).allSatisfy(env -> {
            assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
            assertThat(env.get("COMPASS_ROLES"))
                    .as("no process runs everything")
                    .isNotEqualTo("all")
                    .isNotNull();
        });
    }

    @Test
    void the_api_reads_analytics_from_the_replica_as_the_reader_login_and_only_its_proxy_has_a_port() {
        Map<String, String> api = appServices().get("api");
        assertThat(api.get("COMPASS_DB_READ_URL")).isEqualTo("jdbc:postgresql://postgres-replica:5432/compass");
        assertThat(api.get("COMPASS_DB_READ_USER")).isEqualTo("compass_reads");
        assertThat(services.entrySet().stream()
                        .filter(s -> s.getValue().containsKey("ports"))
                        .map(Map.Entry::getKey))
                .containsExactly("proxy");
        assertThat(services.get("postgres-replica").get("entrypoint").toString())
                .contains("replica-entrypoint.sh");
    }

    @Test
    void the_proxy_bounds_time_size_connections_and_rate_per_client_before_the_api() throws IOException {
        assertThat(String.valueOf(services.get("proxy").get("image"))).startsWith("nginx:");
        assertThat(services.get("proxy").get("volumes").toString())
                .contains("./deploy/nginx/compass.conf:/etc/nginx/conf.d/default.conf:ro");
        String config = Files.readString(Path.of("..", "deploy", "nginx", "compass.conf"));
        assertThat(config)
                .contains(
                        "proxy_pass http://api:8080;",
                        "client_header_timeout 10s;",
                        "client_body_timeout 10s;",
                        "client_max_body_size 64k;",
                        "limit_conn per_client 20;",
                        "limit_req zone=requests burst=40 nodelay;",
                        "proxy_set_header Upgrade $http_upgrade;");
    }

    @Test
    void kafka_is_three_kraft_nodes_with_replication_three_and_the_app_uses_all_of_them() {
        List<String> brokers = services.keySet().stream()
                .filter(name -> name.startsWith("kafka-"))
                .sorted()
                .toList();
        assertThat(brokers).containsExactly("kafka-1", "kafka-2", "kafka-3");
        for (String broker : brokers) {
            Map<String, String> env = environment(broker);
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                    .isEqualTo("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
            assertThat(env.get("KAFKA_MIN_INSYNC_REPLICAS")).isEqualTo("2");
        }
        assertThat(appServices().values()).allSatisfy(env -> {
            assertThat(env.get("COMPASS_KAFKA_BOOTSTRAP")).isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
            assertThat(env.get("COMPASS_KAFKA_REPLICATION")).isEqualTo("3");
        });
    }

    @Test
    void two_or_more_stream_instances_and_scrapers_on_a_selenium_grid_of_chromium_nodes() {
        Map<String, Long> byRoles = appServices().values().stream()
                .collect(Collectors.groupingBy(env -> env.get("COMPASS_ROLES"), Collectors.counting()));
        assertThat(byRoles.get("streams")).isGreaterThanOrEqualTo(2);
        assertThat(byRoles.get("scraper")).isGreaterThanOrEqualTo(2);
        assertThat(appServices().entrySet().stream()
                        .filter(s -> s.getValue().get("COMPASS_ROLES").equals("scraper")))
                .allSatisfy(s ->
                        assertThat(s.getValue().get("COMPASS_SCRAPER_GRID_URL")).isEqualTo("http://selenium-hub:4444"));
        assertThat(services.keySet().stream()
                        .filter(name ->
                                String.valueOf(services.get(name).get("image")).startsWith("selenium/node-chromium")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_app_logs_in_as_its_own_non_superuser_and_every_secret_comes_from_the_environment() {
        assertThat(appServices().values())
                .allSatisfy(env -> assertThat(env.get("COMPASS_DB_USER")).isEqualTo("compass_app"));
        services.forEach((name, service) -> environment(name).forEach((key, value) -> {
            if (key.contains("PASSWORD") || key.contains("SECRET")) {
                assertThat(value).as(name + " " + key).matches("\\$\\{[A-Z_]+:\\?.+}");
            }
        }));
    }

    /** The services that run the Creator Compass jar, with their environment. */
    private static Map<String, Map<String, String>> appServices() {
        return services.entrySet().stream()
                .filter(s -> ".".equals(s.getValue().get("build")))
                .collect(Collectors.toMap(Map.Entry::getKey, s -> environment(s.getKey())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Object env = services.get(service).get("environment");
        return env == null
                ? Map.of()
                : ((Map<String, Object>) env)
                        .entrySet().stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }
}
