package com.creatorcompass.command.eventstore;

import com.creatorcompass.contracts.EventRevision;
import org.axonframework.serialization.RevisionResolver;

/** Reads {@link EventRevision} from the contracts, so they need no Axon annotation. Unannotated is "1". */
public class EventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        return revision == null ? "1" : revision.value();
    }
}
