package com.creatorcompass.graphql.cache;

import graphql.GraphQLContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The creators one answer read, noted by the data fetchers that find them, in the request's
 * {@link GraphQLContext}: a kept answer is dropped when one of them changes.
 */
public final class CreatorsRead {

    static final String KEY = CreatorsRead.class.getName();

    private final Set<String> creatorIds = ConcurrentHashMap.newKeySet();

    /** Notes that the answer read this creator; nothing when no answer is being kept. */
    public static void note(GraphQLContext context, String creatorId) {
        CreatorsRead read = context.get(KEY);
        if (read != null) {
            read.creatorIds.add(creatorId);
        }
    }

    Set<String> creatorIds() {
        return Set.copyOf(creatorIds);
    }
}
