package com.creatorcompass.contracts.user;

/** Put a creator on the user's own tracking list. Adding one that is already there changes nothing. */
public record AddToTrackingList(String userId, String handle) implements UserCommand {}
