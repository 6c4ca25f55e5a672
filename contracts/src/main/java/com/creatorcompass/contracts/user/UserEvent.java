package com.creatorcompass.contracts.user;

/** Everything that can happen to a user account. Released events never change shape. */
public sealed interface UserEvent
        permits UserRegistered,
                TikTokAccountLinked,
                AudiencePreferencesSet,
                CompetitorAdded,
                CompetitorRemoved,
                AddedToTrackingList,
                RemovedFromTrackingList,
                TikTokVerificationCodeIssued,
                TikTokAccountVerified {
    String userId();
}
