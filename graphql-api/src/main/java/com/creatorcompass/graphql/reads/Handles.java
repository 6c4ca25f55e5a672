package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.graphql.errors.ApiException;

/** Handles as arguments: checked with the domain's own rule before anything is asked. */
final class Handles {

    private Handles() {
    }

    static String canonical(String raw) {
        try {
            return com.creatorcompass.contracts.Handles.normalize(raw);
        } catch (CommandRejectedException invalid) {
            throw ApiException.invalid(invalid.getMessage());
        }
    }
}
