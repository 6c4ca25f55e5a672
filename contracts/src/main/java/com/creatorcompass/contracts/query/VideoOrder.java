package com.creatorcompass.contracts.query;

/** How a creator's videos are listed: newest first, or most viewed first. Ties go by video id. */
public enum VideoOrder {
    POSTED_AT_DESC,
    VIEWS_DESC
}
