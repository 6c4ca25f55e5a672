package com.creatorcompass.command.eventstore;

import com.creatorcompass.contracts.EventRevision;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.RevisionResolver;

/**
 * Reads {@link EventRevision} from the contracts, so they need no Axon annotation; an aggregate's
 * snapshot carries its Axon {@link Revision} (so a snapshot of an older shape is ignored and the
 * aggregate rebuilt from its events). Unannotated is "1".
 */
public class EventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        if (revision != null) {
            return revision.value();
        }
        Revision snapshotShape = payloadType.getAnnotation(Revision.class);
        return snapshotShape == null ? "1" : snapshotShape.value();
    }
}
