package com.creatorcompass.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompassJsonTest {

    record Observed(String handle, Instant capturedAt, LocalDate day) {}

    @Test
    void instants_and_dates_are_written_as_iso_8601_text() throws Exception {
        String json = CompassJson.mapper()
                .writeValueAsString(new Observed(
                        "ana", Instant.parse("2026-03-01T10:15:30.123456Z"), LocalDate.parse("2026-03-01")));

        assertThat(json)
                .isEqualTo(
                        "{\"handle\":\"ana\",\"capturedAt\":\"2026-03-01T10:15:30.123456Z\",\"day\":\"2026-03-01\"}");
    }

    @Test
    void a_field_added_by_a_newer_writer_is_ignored_by_an_older_reader() throws Exception {
        Observed read = CompassJson.mapper()
                .readValue(
                        "{\"handle\":\"ana\",\"capturedAt\":\"2026-03-01T10:15:30Z\",\"day\":\"2026-03-01\",\"friendCount\":12}",
                        Observed.class);

        assertThat(read)
                .isEqualTo(new Observed("ana", Instant.parse("2026-03-01T10:15:30Z"), LocalDate.parse("2026-03-01")));
    }
}
