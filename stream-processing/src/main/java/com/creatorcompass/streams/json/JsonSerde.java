package com.creatorcompass.streams.json;

import com.creatorcompass.json.CompassJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A record through Jackson; null stays null (a tombstone). Topics carry JSON text (the published
 * language); state stores carry Smile, Jackson's binary JSON: the same data model, less parsing,
 * and nobody but the topology reads them.
 */
public final class JsonSerde<T> implements Serde<T> {

    private static final ObjectMapper SMILE = CompassJson.configure(new ObjectMapper(new SmileFactory()));

    private final Class<T> type;
    private final ObjectMapper mapper;

    private JsonSerde(Class<T> type, ObjectMapper mapper) {
        this.type = type;
        this.mapper = mapper;
    }

    /** For topics: JSON text. */
    public static <T> JsonSerde<T> json(Class<T> type) {
        return new JsonSerde<>(type, CompassJson.mapper());
    }

    /** For state stores: Smile. */
    public static <T> JsonSerde<T> smile(Class<T> type) {
        return new JsonSerde<>(type, SMILE);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            try {
                return value == null ? null : mapper.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            try {
                return bytes == null ? null : mapper.readValue(bytes, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
