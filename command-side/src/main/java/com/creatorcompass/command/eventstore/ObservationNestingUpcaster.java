package com.creatorcompass.command.eventstore;

import com.creatorcompass.contracts.creator.ObservationRecorded;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.json.ObservationNesting;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The snapshot events' last flat revisions to their nested ones ({@link ObservationNesting}):
 * {@link ProfileSnapshotRecorded} 2 to 3 (after revision 1 has become 2), {@link VideoSnapshotRecorded}
 * 1 to 2.
 */
@Component
@Order(2)
public class ObservationNestingUpcaster extends SingleEventUpcaster {

    private record Step(Class<? extends Record> type, String from, String to) {}

    private static final Map<String, Step> STEPS = Map.of(
            ProfileSnapshotRecorded.class.getName(), new Step(ProfileSnapshotRecorded.class, "2", "3"),
            VideoSnapshotRecorded.class.getName(), new Step(VideoSnapshotRecorded.class, "1", "2"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        Step step = STEPS.get(representation.getType().getName());
        return step != null && step.from().equals(revisionOf(representation));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Step step = STEPS.get(representation.getType().getName());
        return representation.upcastPayload(
                new SimpleSerializedType(step.type().getName(), step.to()),
                JsonNode.class,
                payload -> ObservationNesting.nest((ObjectNode) payload, step.type(), ObservationRecorded.OBSERVATION));
    }

    /** An event stored without a revision is revision "1" ({@link EventRevisionResolver}). */
    private static String revisionOf(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return revision == null ? "1" : revision;
    }
}
