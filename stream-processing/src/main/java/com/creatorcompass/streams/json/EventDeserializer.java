package com.creatorcompass.streams.json;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.json.CompassJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a creator event from the event topic by its type header. Events of other aggregates (user
 * accounts) come back as null and are skipped; a creator event that cannot be read fails loudly
 * rather than being lost silently.
 */
public final class EventDeserializer implements Deserializer<CreatorEvent> {

    private static final Map<String, Class<?>> CREATOR_EVENTS = Arrays.stream(
                    CreatorEvent.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    @Override
    public CreatorEvent deserialize(String topic, byte[] data) {
        throw new UnsupportedOperationException("the event topic's type is in its headers");
    }

    @Override
    public CreatorEvent deserialize(String topic, Headers headers, byte[] data) {
        Header type = headers.lastHeader(Topics.HEADER_EVENT_TYPE);
        Class<?> eventClass =
                type == null ? null : CREATOR_EVENTS.get(new String(type.value(), StandardCharsets.UTF_8));
        if (eventClass == null || data == null) {
            return null;
        }
        try {
            return (CreatorEvent) CompassJson.mapper().readValue(data, eventClass);
        } catch (IOException e) {
            throw new SerializationException("unreadable " + eventClass.getSimpleName() + " on " + topic, e);
        }
    }
}
