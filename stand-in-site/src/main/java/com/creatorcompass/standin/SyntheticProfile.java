package com.creatorcompass.standin;

/** A profile's exact counts at some instant. */
public record SyntheticProfile(
        SyntheticCreator creator, long followers, long following, long likes, long videoCount, long friends) {}
