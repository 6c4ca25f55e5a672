package com.creatorcompass.contracts.query;

/** A query that cannot be answered as asked (a page too large, a cursor not ours). */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
