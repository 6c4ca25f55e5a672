package com.creatorcompass.graphql.mutations;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.errors.ErrorCodes;

/** A mutation's failure as data: the stable code, the domain's reason when there is one, and words for the user. */
public record MutationError(String code, String reason, String message) {

    static MutationError of(CommandRejectedException rejected) {
        return new MutationError(
                ErrorCodes.forRejection(rejected.rejection()).name(),
                rejected.rejection().name(),
                rejected.getMessage());
    }

    public static MutationError of(ApiException refused) {
        return new MutationError(refused.code().name(), null, refused.getMessage());
    }
}
