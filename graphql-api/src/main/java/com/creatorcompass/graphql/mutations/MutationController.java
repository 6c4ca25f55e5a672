package com.creatorcompass.graphql.mutations;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.ReleaseUnfollowedCreator;
import com.creatorcompass.contracts.creator.RequestScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.ops.Projection;
import com.creatorcompass.contracts.ops.ReplayRun;
import com.creatorcompass.contracts.ops.StartReplay;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.CreatorsFound;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.contracts.query.FindFollowers;
import com.creatorcompass.contracts.query.Followers;
import com.creatorcompass.contracts.user.AddCompetitor;
import com.creatorcompass.contracts.user.AddToTrackingList;
import com.creatorcompass.contracts.user.AudiencePreferences;
import com.creatorcompass.contracts.user.IssueTikTokVerificationCode;
import com.creatorcompass.contracts.user.LinkTikTokAccount;
import com.creatorcompass.contracts.user.RemoveCompetitor;
import com.creatorcompass.contracts.user.RemoveFromTrackingList;
import com.creatorcompass.contracts.user.SetAudiencePreferences;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.errors.ErrorCode;
import com.creatorcompass.graphql.reads.CreatorNode;
import com.creatorcompass.graphql.reads.OwnAccount;
import com.creatorcompass.graphql.security.SignedInUser;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Every mutation sends commands for the caller's own account (the user id comes from the token,
 * never from an argument) and answers a payload: the state after, or errors as data.
 */
@Controller
public class MutationController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OwnAccount accounts;
    private final ScrapeRequestLimit scrapeLimit;

    public MutationController(
            CommandGateway commands, QueryGateway queries, OwnAccount accounts, ScrapeRequestLimit scrapeLimit) {
        this.commands = commands;
        this.queries = queries;
        this.accounts = accounts;
        this.scrapeLimit = scrapeLimit;
    }

    @MutationMapping
    public Payloads.TrackCreatorPayload trackCreator(@Argument HandleInput input, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        try {
            String handle = track(input, user);
            commands.sendAndWait(new AddToTrackingList(user.id(), handle));
            return new Payloads.TrackCreatorPayload(creator(handle), accounts.me(user), List.of());
        } catch (CommandRejectedException rejected) {
            return new Payloads.TrackCreatorPayload(null, null, List.of(MutationError.of(rejected)));
        } catch (ApiException refused) {
            return new Payloads.TrackCreatorPayload(null, null, List.of(MutationError.of(refused)));
        }
    }

    @MutationMapping
    public Payloads.UserPayload untrackCreator(@Argument HandleInput input, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        String handle = input.canonical();
        return change(user, () -> {
            commands.sendAndWait(new RemoveFromTrackingList(user.id(), handle));
            releaseIfUnfollowed(handle, user);
        });
    }

    @MutationMapping
    public Payloads.UserPayload linkTikTokAccount(@Argument HandleInput input, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return change(user, () -> {
            String previous = accounts.me(user).tiktokHandle();
            String linked = track(input, user);
            commands.sendAndWait(new LinkTikTokAccount(user.id(), linked));
            if (previous != null && !previous.equals(linked)) {
                releaseIfUnfollowed(previous, user);
            }
        });
    }

    @MutationMapping
    public Payloads.UserPayload issueTikTokVerificationCode(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return change(user, () -> commands.sendAndWait(new IssueTikTokVerificationCode(user.id())));
    }

    @MutationMapping
    public Payloads.UserPayload addCompetitor(@Argument HandleInput input, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return change(user, () -> commands.sendAndWait(new AddCompetitor(user.id(), track(input, user))));
    }

    @MutationMapping
    public Payloads.UserPayload removeCompetitor(@Argument HandleInput input, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        String handle = input.canonical();
        return change(user, () -> {
            commands.sendAndWait(new RemoveCompetitor(user.id(), handle));
            releaseIfUnfollowed(handle, user);
        });
    }

    /** {@code AudiencePreferencesInput} binds to the command's own record: one shape from GraphQL to the event. */
    @MutationMapping
    public Payloads.UserPayload setAudiencePreferences(
            @Argument("input") AudiencePreferences preferences, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return change(user, () -> commands.sendAndWait(new SetAudiencePreferences(user.id(), preferences)));
    }

    @MutationMapping
    public Payloads.RequestScrapePayload requestScrape(@Argument HandleInput input, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        try {
            String handle = input.canonical();
            CreatorKpis creator = found(handle);
            if (creator == null) {
                return new Payloads.RequestScrapePayload(
                        false, List.of(MutationError.of(ApiException.notFound("@" + handle + " is not tracked"))));
            }
            if (!scrapeLimit.tryAcquire(user.id())) {
                return new Payloads.RequestScrapePayload(
                        false,
                        List.of(MutationError.of(new ApiException(
                                ErrorCode.RATE_LIMITED,
                                "too many scrape requests; try again within "
                                        + scrapeLimit.window().toSeconds() + " s"))));
            }
            commands.sendAndWait(new RequestScrape(creator.creatorId(), user.id()));
            return new Payloads.RequestScrapePayload(true, List.of());
        } catch (CommandRejectedException rejected) {
            return new Payloads.RequestScrapePayload(false, List.of(MutationError.of(rejected)));
        }
    }

    @MutationMapping
    public Payloads.ReplayPayload replay(@Argument Projection projection, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        if (!user.isAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "replay needs the admin role");
        }
        try {
            ReplayRun run = commands.sendAndWait(new StartReplay(projection, user.email()));
            return new Payloads.ReplayPayload(run, List.of());
        } catch (CommandRejectedException rejected) {
            return new Payloads.ReplayPayload(null, List.of(MutationError.of(rejected)));
        }
    }

    /**
     * Tracks the handle if it is not tracked (new, or released when its followers left). Tracking
     * scrapes it at once, so that counts as one of the user's scrape requests: with none left, nothing
     * is tracked (RATE_LIMITED).
     */
    private String track(HandleInput input, SignedInUser user) {
        String handle = input.canonical();
        CreatorKpis known = found(handle);
        if (known != null && known.tracked()) {
            return handle;
        }
        if (!scrapeLimit.tryAcquire(user.id())) {
            throw new ApiException(
                    ErrorCode.RATE_LIMITED,
                    "tracking @" + handle + " would scrape it at once, and your scrape requests "
                            + "are used up; try again within "
                            + scrapeLimit.window().toSeconds() + " s");
        }
        try {
            commands.sendAndWait(new TrackCreator(handle, user.id()));
        } catch (CommandRejectedException rejected) {
            if (rejected.rejection() != Rejection.HANDLE_ALREADY_TRACKED) {
                throw rejected;
            }
        }
        return handle;
    }

    /**
     * When nobody follows {@code handle} any more (as their account, on their list, or as a competitor),
     * its creator is released: scraping stops, its history stays, and an operator's tracking holds.
     */
    private void releaseIfUnfollowed(String handle, SignedInUser user) {
        Followers followers = queries.query(new FindFollowers(handle), ResponseTypes.instanceOf(Followers.class))
                .join();
        if (followers.userIds().isEmpty()) {
            commands.sendAndWait(new ReleaseUnfollowedCreator(handle, user.id()));
        }
    }

    private Payloads.UserPayload change(SignedInUser user, Runnable command) {
        try {
            command.run();
            return new Payloads.UserPayload(accounts.me(user), List.of());
        } catch (CommandRejectedException rejected) {
            return new Payloads.UserPayload(null, List.of(MutationError.of(rejected)));
        } catch (ApiException refused) {
            return new Payloads.UserPayload(null, List.of(MutationError.of(refused)));
        }
    }

    private CreatorNode creator(String handle) {
        CreatorKpis kpis = found(handle);
        return kpis == null ? null : CreatorNode.now(kpis);
    }

    private CreatorKpis found(String handle) {
        List<CreatorKpis> found = queries.query(
                        new FindCreators(List.of(handle), AsOf.NOW), ResponseTypes.instanceOf(CreatorsFound.class))
                .join()
                .creators();
        return found.isEmpty() ? null : found.get(0);
    }
}
