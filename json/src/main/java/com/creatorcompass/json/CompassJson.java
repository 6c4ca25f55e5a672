package com.creatorcompass.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of the published language — events in the store, records on the topics, series rows,
 * notifications: ISO-8601 instants and dates, and a tolerant reader (fields a newer writer adds are
 * ignored, so an older reader keeps working). Every part that writes or reads these messages uses
 * this one setting.
 */
public final class CompassJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private CompassJson() {}

    /** The shared mapper; thread-safe once configured, never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Gives {@code mapper} (for example one over a binary format, or a framework's own) these settings. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
