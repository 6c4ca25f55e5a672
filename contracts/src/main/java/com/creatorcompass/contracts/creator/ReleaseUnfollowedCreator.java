package com.creatorcompass.contracts.creator;

/**
 * Its last follower has dropped the creator with this handle: stop scraping it (its history stays),
 * unless an operator tracked it ({@code compass track}, the demo), whose tracking no user's drop ends.
 * Addressed by handle, as {@link TrackCreator} is; a handle never tracked is nothing to release.
 *
 * @param lastFollower the user whose drop left it without followers
 */
public record ReleaseUnfollowedCreator(String handle, String lastFollower) {}
