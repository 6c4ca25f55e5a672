package com.creatorcompass.command.eventstore;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.observation.Precision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@link ProfileSnapshotRecorded} revision 1 to 2. Revision 1 carried bare numbers; revision 2 a
 * {@code {value, precision}} per count. A bare number's precision is unknown, so it is read as
 * ROUNDED: downstream then never reports a difference between two of them as exact growth.
 */
@Component
@Order(1)
public class ProfileSnapshotRecordedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = ProfileSnapshotRecorded.class.getName();
    private static final List<String> COUNTS = List.of("followers", "following", "likes", "videos");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(TYPE, "2"),
                JsonNode.class,
                ProfileSnapshotRecordedUpcaster::countsWithPrecision);
    }

    private static JsonNode countsWithPrecision(JsonNode payload) {
        ObjectNode event = (ObjectNode) payload;
        for (String field : COUNTS) {
            JsonNode bare = event.get(field);
            if (bare != null && bare.isNumber()) {
                ObjectNode count = event.putObject(field);
                count.put("value", bare.asLong());
                count.put("precision", Precision.ROUNDED.name());
            }
        }
        return event;
    }
}
