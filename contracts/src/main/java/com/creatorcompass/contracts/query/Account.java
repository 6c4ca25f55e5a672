package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.user.AudiencePreferences;
import java.time.Instant;
import java.util.List;

/** A user's own account: who they are, their TikTok handle, who they want to reach and whom they follow. */
public record Account(String userId, String email, String displayName, Instant registeredAt, String tiktokHandle,
                      AudiencePreferences audience, List<String> trackedHandles, List<String> competitorHandles) {

    public Account {
        trackedHandles = List.copyOf(trackedHandles);
        competitorHandles = List.copyOf(competitorHandles);
    }
}
