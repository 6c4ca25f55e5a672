package com.creatorcompass.contracts;

/** Why a command was refused. Codes are part of the published language: add, never rename. */
public enum Rejection {
    INVALID_HANDLE,
    INVALID_ARGUMENT,
    NEGATIVE_COUNT,
    CAPTURED_IN_FUTURE,
    CREATOR_NOT_TRACKED,
    HANDLE_ALREADY_TRACKED,
    USER_ALREADY_REGISTERED,
    USER_NOT_REGISTERED,
    OWN_HANDLE_AS_COMPETITOR,
    TOO_MANY_COMPETITORS,
    NOT_A_COMPETITOR,
    TRACKING_LIST_FULL,
    NOT_ON_TRACKING_LIST,
    REPLAY_ALREADY_RUNNING,
    NO_TIKTOK_ACCOUNT,
    ALREADY_VERIFIED
}
