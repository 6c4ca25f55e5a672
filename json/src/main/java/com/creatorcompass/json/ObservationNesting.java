package com.creatorcompass.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one shape change of the snapshot events, from an observation's fields flat beside the event's
 * own to the observation as one nested object. The event store's upcaster and the event topic's reader
 * both apply it, so an event of the old shape reads the same wherever it is met.
 */
public final class ObservationNesting {

    private ObservationNesting() {}

    /**
     * Nests in place every field of {@code event} that is not a component of {@code eventType} under
     * {@code observationField}; an event that already has {@code observationField} is left as it is.
     */
    public static ObjectNode nest(ObjectNode event, Class<? extends Record> eventType, String observationField) {
        if (event.has(observationField)) {
            return event;
        }
        Set<String> own = Arrays.stream(eventType.getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toSet());
        List<String> moved = new ArrayList<>();
        event.fieldNames().forEachRemaining(name -> {
            if (!own.contains(name)) {
                moved.add(name);
            }
        });
        ObjectNode observation = event.objectNode();
        for (String name : moved) {
            JsonNode value = event.remove(name);
            observation.set(name, value);
        }
        event.set(observationField, observation);
        return event;
    }
}
