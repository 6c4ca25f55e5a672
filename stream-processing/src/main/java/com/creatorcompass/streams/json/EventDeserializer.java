package com.creatorcompass.streams.json;

import com.creatorcompass.contracts.EventRevisions;
import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ObservationRecorded;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.json.CompassJson;
import com.creatorcompass.json.ObservationNesting;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * rather than being lost silently. A snapshot event published in an earlier, flat shape (its revision
 * header older than the event's) is nested as the event store's upcaster does, so a topic that holds
 * both shapes replays as one.
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
            if (ObservationRecorded.class.isAssignableFrom(eventClass) && !isCurrent(headers, eventClass)) {
                ObjectNode older = (ObjectNode) CompassJson.mapper().readTree(data);
                ObservationNesting.nest(older, eventClass.asSubclass(Record.class), ObservationRecorded.OBSERVATION);
                return (CreatorEvent) CompassJson.mapper().treeToValue(older, eventClass);
            }
            return (CreatorEvent) CompassJson.mapper().readValue(data, eventClass);
        } catch (IOException e) {
            throw new SerializationException("unreadable " + eventClass.getSimpleName() + " on " + topic, e);
        }
    }

    /** Whether the record was written in the event's current shape (its revision header says so). */
    private static boolean isCurrent(Headers headers, Class<?> eventClass) {
        Header version = headers.lastHeader(Topics.HEADER_EVENT_VERSION);
        return version != null
                && EventRevisions.of(eventClass).equals(new String(version.value(), StandardCharsets.UTF_8));
    }
}
