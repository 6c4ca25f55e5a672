package com.creatorcompass.query.accounts;

/** The kinds of rows in {@code accounts.audience_preference}. */
enum AudienceKind {
    NICHE,
    REGION,
    LANGUAGE
}
