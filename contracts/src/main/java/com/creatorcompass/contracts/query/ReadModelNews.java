package com.creatorcompass.contracts.query;

import java.util.Set;

/**
 * What an API process hears of changes to what it reads (the warehouse and the series), for the
 * answers it keeps in memory. Heard only after the change has committed.
 */
public sealed interface ReadModelNews {

    /** These creators' rows changed. */
    record CreatorsChanged(Set<String> creatorIds) implements ReadModelNews {
        public CreatorsChanged {
            creatorIds = Set.copyOf(creatorIds);
        }
    }

    /**
     * Anything may have changed: a replay replaced whole tables, or the process listens again after a
     * gap in which it heard nothing. From now on changes are heard.
     */
    record EverythingChanged() implements ReadModelNews {}

    /** Changes cannot be heard now (the listening connection is lost): nothing kept stays true. */
    record ChangesUnheard() implements ReadModelNews {}
}
