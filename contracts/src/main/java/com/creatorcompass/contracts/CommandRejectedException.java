package com.creatorcompass.contracts;

/**
 * A command the domain refused. The {@link Rejection} is the stable code clients switch on;
 * the message says, in words a user understands, what was wrong.
 */
public class CommandRejectedException extends RuntimeException {

    private final Rejection rejection;

    public CommandRejectedException(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
