package com.creatorcompass.contracts.user;

/**
 * Who asked for something ({@code requestedBy}): a signed-in user, by their id ({@value #USER_PREFIX}
 * and 24 hex digits), or an operator's tool by its name ({@code cli}, {@code demo}, {@code bench}).
 */
public final class Requesters {

    public static final String USER_PREFIX = "u-";

    private Requesters() {}

    public static boolean isUser(String requestedBy) {
        return requestedBy != null && requestedBy.startsWith(USER_PREFIX);
    }
}
