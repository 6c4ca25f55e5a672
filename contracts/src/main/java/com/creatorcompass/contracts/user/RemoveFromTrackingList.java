package com.creatorcompass.contracts.user;

/** Take a creator off the user's tracking list. Its history stays, and others who track it keep it. */
public record RemoveFromTrackingList(String userId, String handle) implements UserCommand {}
