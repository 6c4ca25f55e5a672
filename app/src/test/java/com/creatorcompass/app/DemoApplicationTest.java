package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo as a newcomer starts it: seeded with simulated creators, its page and health served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoApplicationTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("compass.db.url", DATABASE::jdbcUrl);
        registry.add("compass.db.user", DATABASE::username);
        registry.add("compass.db.password", () -> DATABASE.password() == null ? "" : DATABASE.password());
    }

    @Autowired
    TestRestTemplate http;

    @Test
    @SuppressWarnings("unchecked")
    void the_demo_starts_with_three_simulated_creators_and_four_weeks_of_history() {
        ResponseEntity<Map> status = http.getForEntity("/api/status", Map.class);

        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> creators = (List<Map<String, Object>>) status.getBody().get("creators");
        assertThat(creators).extracting(c -> c.get("handle"))
                .containsExactly("compass.demo.books", "compass.demo.dance", "compass.demo.kitchen");
        assertThat(creators).allSatisfy(c -> assertThat(((Number) c.get("profile_snapshots")).intValue()).isEqualTo(28));
        // Demo Books: 41,500 followers growing 2.1 % a day; the last snapshot is day 27.
        assertThat(creators.get(0).get("followers")).isEqualTo(Long.toString(Math.round(41_500 * Math.pow(1.021, 27))));
    }

    @Test
    void the_page_and_health_are_served() {
        assertThat(http.getForObject("/", String.class)).contains("<h1>Creator Compass</h1>", "Demo: simulated data");
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }
}
