package com.creatorcompass.command.creator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** For aggregate specifications; JdbcObservationLedger is proven against PostgreSQL in the integration tests. */
class InMemoryObservationLedger implements ObservationLedger {

    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    InMemoryObservationLedger alreadyRecorded(String observationId) {
        recorded.add(observationId);
        return this;
    }

    @Override
    public boolean firstRecording(String observationId, String creatorId) {
        return recorded.add(observationId);
    }
}
