package com.creatorcompass.graphql.security.sessions;

/** Why a sign-in session ended before its lifetime ran out. */
public enum SessionEnd {
    /** The user signed out in that browser. */
    SIGNED_OUT,
    /** The user ended it from another session (or this one) in the account page. */
    ENDED_BY_USER,
    /** An admin ended every session of the user. */
    ENDED_BY_ADMIN,
    /** A refresh token of the family was presented after it had been traded: a copy is in other hands. */
    TOKEN_REUSED,
    /** The user signed in more often than {@link SignInSessions#LIVE_PER_USER} live sessions allow: the oldest went. */
    REPLACED
}
