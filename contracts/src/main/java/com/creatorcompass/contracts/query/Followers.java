package com.creatorcompass.contracts.query;

import java.util.Set;

/** The ids of the users who follow a handle (empty when nobody does). */
public record Followers(Set<String> userIds) {

    public Followers {
        userIds = Set.copyOf(userIds);
    }
}
