package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.Account;
import com.creatorcompass.contracts.user.AudiencePreferences;
import com.creatorcompass.graphql.security.SignedInUser;
import java.time.Instant;
import java.util.List;

/** The GraphQL {@code Me}: the account as the query side knows it, and the roles of the token. */
public record MeView(
        String id,
        String email,
        String displayName,
        Instant registeredAt,
        List<String> roles,
        String tiktokHandle,
        boolean tiktokAccountVerified,
        String tiktokVerificationCode,
        AudiencePreferences audience,
        List<String> trackedHandles,
        List<String> competitorHandles) {

    public static MeView of(Account account, SignedInUser user) {
        return new MeView(
                account.userId(),
                account.email(),
                account.displayName(),
                account.registeredAt(),
                user.roles(),
                account.tiktokHandle(),
                account.tiktokAccountVerified(),
                account.tiktokVerificationCode(),
                account.audience(),
                account.trackedHandles(),
                account.competitorHandles());
    }
}
