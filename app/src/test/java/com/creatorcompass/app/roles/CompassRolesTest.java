package com.creatorcompass.app.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.app.roles.CompassRoles.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class CompassRolesTest {

    @Test
    void all_or_nothing_named_is_every_role_and_names_are_a_comma_list_in_any_case() {
        assertThat(CompassRoles.parse("all")).containsExactlyInAnyOrder(Role.values());
        assertThat(CompassRoles.parse(" ")).containsExactlyInAnyOrder(Role.values());
        assertThat(CompassRoles.parse("API, Streams")).containsExactlyInAnyOrder(Role.API, Role.STREAMS);
    }

    @Test
    void an_unknown_role_is_refused_naming_the_roles_there_are() {
        assertThatThrownBy(() -> CompassRoles.parse("api,scrapers"))
                .hasMessage(
                        "compass.roles: unknown role 'scrapers'; the roles are all, api, scraper, projections, publisher, streams");
    }

    @Test
    void a_stream_worker_runs_no_web_server_no_scraper_no_projection_and_no_publisher() {
        StandardEnvironment environment = environment(Map.of("compass.roles", "streams"));

        new CompassRoles().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("spring.main.keep-alive")).isEqualTo("true");
        assertThat(environment.getProperty("compass.query.notice-listener")).isEqualTo("false");
        assertThat(environment.getProperty("compass.scraper.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("compass.query.projections-enabled")).isEqualTo("false");
        assertThat(environment.getProperty("compass.streams.publish")).isEqualTo("false");
        assertThat(environment.getProperty("compass.streams.process")).isNull();
        assertThat(environment.getProperty("compass.kafka.enabled")).isNull();
    }

    @Test
    void a_scraper_worker_does_not_even_connect_to_kafka() {
        StandardEnvironment environment = environment(Map.of("compass.roles", "scraper"));

        new CompassRoles().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("compass.kafka.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("compass.scraper.enabled")).isNull();
    }

    @Test
    void a_role_left_out_wins_over_its_switch_and_a_role_named_keeps_it() {
        StandardEnvironment environment = environment(Map.of(
                "compass.roles", "api,scraper", "compass.scraper.enabled", "false", "compass.streams.process", "true"));

        new CompassRoles().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("compass.scraper.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("compass.streams.process")).isEqualTo("false");
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
    }

    @Test
    void the_single_process_of_the_demo_changes_nothing() {
        StandardEnvironment environment = environment(Map.of());

        new CompassRoles().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(CompassRoles.SOURCE))
                .isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
