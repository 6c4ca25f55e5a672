package com.creatorcompass.graphql.mutations;

import com.creatorcompass.contracts.Handles;

/** The GraphQL {@code HandleInput}: a handle as the user typed it. */
public record HandleInput(String handle) {

    /** Its canonical form, or a rejection (INVALID_HANDLE) naming what is wrong with it. */
    String canonical() {
        return Handles.normalize(handle);
    }
}
