package com.creatorcompass.graphql.errors;

/** The stable codes in every error's {@code extensions.code}. Clients switch on these: add, never rename. */
public enum ErrorCode {
    NOT_FOUND,
    INVALID_ARGUMENT,
    UNAUTHENTICATED,
    FORBIDDEN,
    RATE_LIMITED,
    TOO_COMPLEX,
    /** The store was unreachable for a moment (restarting, failing over): send the same request again; {@code extensions.retryable} is true. */
    UNAVAILABLE,
    /** Something failed on our side; the response says nothing more, the log says what. */
    INTERNAL
}
