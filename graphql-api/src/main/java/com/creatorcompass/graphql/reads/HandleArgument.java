package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Handles;
import com.creatorcompass.graphql.errors.ApiException;

/** A handle as a read's argument: checked with the one rule ({@link Handles}) before anything is asked; a bad one is INVALID_ARGUMENT. */
final class HandleArgument {

    private HandleArgument() {}

    static String canonical(String raw) {
        try {
            return Handles.normalize(raw);
        } catch (CommandRejectedException invalid) {
            throw ApiException.invalid(invalid.getMessage());
        }
    }
}
