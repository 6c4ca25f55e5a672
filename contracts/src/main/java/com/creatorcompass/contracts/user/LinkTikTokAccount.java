package com.creatorcompass.contracts.user;

/** Say which TikTok handle is the user's own. Linking again replaces the earlier link. */
public record LinkTikTokAccount(String userId, String handle) implements UserCommand {}
