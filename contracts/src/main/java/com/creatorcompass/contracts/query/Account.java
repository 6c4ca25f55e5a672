package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.user.AudiencePreferences;
import java.time.Instant;
import java.util.List;

/**
 * A user's own account: who they are, their TikTok handle (whether it is proven theirs, and the code
 * that would prove it), who they want to reach and whom they follow.
 *
 * @param tiktokVerificationCode the code to put in the bio while the account is not verified; null once it is
 */
public record Account(
        String userId,
        String email,
        String displayName,
        Instant registeredAt,
        String tiktokHandle,
        boolean tiktokAccountVerified,
        String tiktokVerificationCode,
        AudiencePreferences audience,
        List<String> trackedHandles,
        List<String> competitorHandles) {

    public Account {
        trackedHandles = List.copyOf(trackedHandles);
        competitorHandles = List.copyOf(competitorHandles);
    }
}
