package com.creatorcompass.contracts.user;

/** A command addressed to one user account. */
public sealed interface UserCommand
        permits RegisterUser,
                LinkTikTokAccount,
                SetAudiencePreferences,
                AddCompetitor,
                RemoveCompetitor,
                AddToTrackingList,
                RemoveFromTrackingList,
                IssueTikTokVerificationCode,
                ConfirmTikTokAccount {
    String userId();
}
