package com.creatorcompass.command.creator;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Handles;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.ReleaseUnfollowedCreator;
import com.creatorcompass.contracts.creator.TrackCreator;
import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Tracking is decided across creators (a handle has one owner), so it is handled here, not in one
 * aggregate: claim the handle, then create its creator or resume the one that owns it. Releasing an
 * unfollowed creator is addressed by handle too (the API knows handles, and a creator tracked a
 * moment ago may not be in any read model yet).
 */
@Component
public class TrackCreatorHandler {

    private final Repository<Creator> creators;
    private final HandleClaims claims;
    private final CreatorIds creatorIds;
    private final Clock clock;

    public TrackCreatorHandler(Repository<Creator> creators, HandleClaims claims, CreatorIds creatorIds, Clock clock) {
        this.creators = creators;
        this.claims = claims;
        this.creatorIds = creatorIds;
        this.clock = clock;
    }

    /** Answers the creator id. */
    @CommandHandler
    public String handle(TrackCreator command) throws Exception {
        String handle = Handles.normalize(command.handle());
        if (command.requestedBy() == null || command.requestedBy().isBlank()) {
            throw new CommandRejectedException(Rejection.INVALID_ARGUMENT, "requestedBy is required");
        }
        HandleClaims.Claim claim = claims.claim(handle, creatorIds.next());
        if (claim.claimedNow()) {
            creators.newInstance(() -> new Creator(claim.creatorId(), handle, command.requestedBy(), clock.instant()));
        } else {
            creators.load(claim.creatorId())
                    .execute(creator -> creator.trackAgain(command.requestedBy(), clock.instant()));
        }
        return claim.creatorId();
    }

    @CommandHandler
    public void handle(ReleaseUnfollowedCreator command) throws Exception {
        Optional<String> owner = claims.ownerOf(Handles.normalize(command.handle()));
        if (owner.isPresent()) {
            creators.load(owner.get()).execute(creator -> creator.release(command.lastFollower(), clock.instant()));
        }
    }
}
