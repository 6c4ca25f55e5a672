package com.creatorcompass.command.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Handles;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.user.AccountLimits;
import com.creatorcompass.contracts.user.AddCompetitor;
import com.creatorcompass.contracts.user.AddToTrackingList;
import com.creatorcompass.contracts.user.AddedToTrackingList;
import com.creatorcompass.contracts.user.AudiencePreferencesSet;
import com.creatorcompass.contracts.user.CompetitorAdded;
import com.creatorcompass.contracts.user.CompetitorRemoved;
import com.creatorcompass.contracts.user.ConfirmTikTokAccount;
import com.creatorcompass.contracts.user.Emails;
import com.creatorcompass.contracts.user.IssueTikTokVerificationCode;
import com.creatorcompass.contracts.user.LinkTikTokAccount;
import com.creatorcompass.contracts.user.RegisterUser;
import com.creatorcompass.contracts.user.RemoveCompetitor;
import com.creatorcompass.contracts.user.RemoveFromTrackingList;
import com.creatorcompass.contracts.user.RemovedFromTrackingList;
import com.creatorcompass.contracts.user.SetAudiencePreferences;
import com.creatorcompass.contracts.user.TikTokAccountLinked;
import com.creatorcompass.contracts.user.TikTokAccountVerified;
import com.creatorcompass.contracts.user.TikTokVerificationCodeIssued;
import com.creatorcompass.contracts.user.UserRegistered;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person using Creator Compass: their own TikTok handle (and whether they proved it theirs, by a code
 * in its bio), and the creators they follow and compare with.
 */
@Aggregate(commandTargetResolver = "contractCommandTargets")
public class UserAccount {

    static final int MAX_COMPETITORS = AccountLimits.MAX_COMPETITORS;
    static final int MAX_TRACKED = AccountLimits.MAX_TRACKED;

    @AggregateIdentifier
    private String userId;

    private String ownHandle;
    /** The code that would verify {@link #ownHandle}; null when none was issued or it is verified. */
    private String pendingCode;

    private boolean verified;
    private final Set<String> competitors = new LinkedHashSet<>();
    private final Set<String> tracked = new LinkedHashSet<>();

    protected UserAccount() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterUser command, Clock clock) {
        if (userId != null) {
            throw new CommandRejectedException(
                    Rejection.USER_ALREADY_REGISTERED, "user " + command.userId() + " is already registered");
        }
        if (command.userId() == null || command.userId().isBlank()) {
            throw new CommandRejectedException(Rejection.INVALID_ARGUMENT, "userId is required");
        }
        apply(new UserRegistered(
                command.userId(),
                CheckedEmails.canonical(command.email()),
                DisplayNames.checked(command.displayName()),
                clock.instant()));
    }

    /** Linking a new handle issues its verification code: until a scrape sees it in the bio, the link is unverified. */
    @CommandHandler
    void handle(LinkTikTokAccount command, Clock clock, VerificationCodes codes) {
        String handle = Handles.normalize(command.handle());
        if (competitors.contains(handle)) {
            throw new CommandRejectedException(
                    Rejection.OWN_HANDLE_AS_COMPETITOR,
                    "@" + handle + " is one of your competitors; remove it before linking it as your own");
        }
        if (!handle.equals(ownHandle)) {
            apply(new TikTokAccountLinked(userId, handle));
            apply(new TikTokVerificationCodeIssued(userId, handle, codes.get(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(IssueTikTokVerificationCode command, Clock clock, VerificationCodes codes) {
        if (ownHandle == null) {
            throw new CommandRejectedException(Rejection.NO_TIKTOK_ACCOUNT, "link your TikTok account first");
        }
        if (verified) {
            throw new CommandRejectedException(Rejection.ALREADY_VERIFIED, "@" + ownHandle + " is verified already");
        }
        apply(new TikTokVerificationCodeIssued(userId, ownHandle, codes.get(), clock.instant()));
    }

    /** What a scrape of a profile showed; only the linked handle's bio showing the current code verifies. */
    @CommandHandler
    void handle(ConfirmTikTokAccount command) {
        if (!verified && command.handle().equals(ownHandle) && VerificationCodes.shownIn(command.bio(), pendingCode)) {
            apply(new TikTokAccountVerified(userId, ownHandle, command.scrapeId(), command.capturedAt()));
        }
    }

    @CommandHandler
    void handle(SetAudiencePreferences command) {
        apply(new AudiencePreferencesSet(userId, AudiencePreferenceRules.canonical(command.preferences())));
    }

    @CommandHandler
    void handle(AddCompetitor command) {
        String handle = Handles.normalize(command.handle());
        if (handle.equals(ownHandle)) {
            throw new CommandRejectedException(
                    Rejection.OWN_HANDLE_AS_COMPETITOR, "@" + handle + " is your own account");
        }
        if (competitors.contains(handle)) {
            return;
        }
        if (competitors.size() >= MAX_COMPETITORS) {
            throw new CommandRejectedException(
                    Rejection.TOO_MANY_COMPETITORS,
                    "you already compare with " + MAX_COMPETITORS + " creators; remove one first");
        }
        apply(new CompetitorAdded(userId, handle));
    }

    @CommandHandler
    void handle(RemoveCompetitor command) {
        String handle = Handles.normalize(command.handle());
        if (!competitors.contains(handle)) {
            throw new CommandRejectedException(
                    Rejection.NOT_A_COMPETITOR, "@" + handle + " is not one of your competitors");
        }
        apply(new CompetitorRemoved(userId, handle));
    }

    @CommandHandler
    void handle(AddToTrackingList command) {
        String handle = Handles.normalize(command.handle());
        if (tracked.contains(handle)) {
            return;
        }
        if (tracked.size() >= MAX_TRACKED) {
            throw new CommandRejectedException(
                    Rejection.TRACKING_LIST_FULL, "you already track " + MAX_TRACKED + " creators; untrack one first");
        }
        apply(new AddedToTrackingList(userId, handle));
    }

    @CommandHandler
    void handle(RemoveFromTrackingList command) {
        String handle = Handles.normalize(command.handle());
        if (!tracked.contains(handle)) {
            throw new CommandRejectedException(Rejection.NOT_ON_TRACKING_LIST, "you do not track @" + handle);
        }
        apply(new RemovedFromTrackingList(userId, handle));
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
    }

    @EventSourcingHandler
    void on(TikTokAccountLinked event) {
        ownHandle = event.handle();
        verified = false;
        pendingCode = null;
    }

    @EventSourcingHandler
    void on(TikTokVerificationCodeIssued event) {
        pendingCode = event.code();
    }

    @EventSourcingHandler
    void on(TikTokAccountVerified event) {
        verified = true;
        pendingCode = null;
    }

    @EventSourcingHandler
    void on(CompetitorAdded event) {
        competitors.add(event.handle());
    }

    @EventSourcingHandler
    void on(CompetitorRemoved event) {
        competitors.remove(event.handle());
    }

    @EventSourcingHandler
    void on(AddedToTrackingList event) {
        tracked.add(event.handle());
    }

    @EventSourcingHandler
    void on(RemovedFromTrackingList event) {
        tracked.remove(event.handle());
    }

    /**
     * E-mail addresses compare case-insensitively; a minimal shape check, the identity provider vouches
     * for the rest. The refusal does not repeat what was sent: it may be long, or made to forge a log line.
     */
    private static final class CheckedEmails {

        static String canonical(String email) {
            if (!Emails.isAddress(email)) {
                throw new CommandRejectedException(
                        Rejection.INVALID_ARGUMENT,
                        "email is not an e-mail address (name@domain, at most " + Emails.MAX_LENGTH + " characters)");
            }
            return Emails.canonical(email);
        }
    }

    /** A name to show: optional, at most 200 characters, on one line. */
    private static final class DisplayNames {
        static final int MAX_LENGTH = 200;

        static String checked(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            String stripped = name.strip();
            if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
                throw new CommandRejectedException(
                        Rejection.INVALID_ARGUMENT,
                        "displayName must be at most " + MAX_LENGTH + " characters on one line");
            }
            return stripped;
        }
    }
}
