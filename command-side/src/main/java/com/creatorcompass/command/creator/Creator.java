package com.creatorcompass.command.creator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.RequestScrape;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import com.creatorcompass.contracts.creator.ScrapeRequested;
import com.creatorcompass.contracts.creator.UntrackCreator;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.user.Requesters;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A TikTok creator we follow. It holds only what it needs to decide (its handle, whether it is
 * tracked, and whether an operator tracked it), never its history: that lives in the event store and
 * in the read models.
 */
// The snapshot's shape: bump it when the fields change, and older snapshots are ignored (rebuilt from events).
@Revision("2")
@Aggregate(
        snapshotTriggerDefinition = "creatorSnapshotTrigger",
        cache = "creatorCache",
        commandTargetResolver = "contractCommandTargets")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Creator {

    @AggregateIdentifier
    private String creatorId;

    private String handle;
    private boolean tracked;
    /** Tracked at an operator's request (not a user's): no user's drop ends it, only an operator's untrack. */
    private boolean trackedByOperator;

    protected Creator() {
        // For Axon: rebuilt from events or a snapshot.
    }

    Creator(String creatorId, String handle, String requestedBy, Instant now) {
        apply(new CreatorTracked(creatorId, handle, now, requestedBy));
    }

    void trackAgain(String requestedBy, Instant now) {
        if (tracked) {
            throw new CommandRejectedException(Rejection.HANDLE_ALREADY_TRACKED, "@" + handle + " is already tracked");
        }
        apply(new CreatorTracked(creatorId, handle, now, requestedBy));
    }

    @CommandHandler
    void handle(UntrackCreator command, Clock clock) {
        requireTracked();
        apply(new CreatorUntracked(creatorId, handle, clock.instant(), command.requestedBy()));
    }

    /** Nobody follows it any more: scraping stops, unless an operator tracked it. Already untracked is fine. */
    void release(String lastFollower, Instant now) {
        if (tracked && !trackedByOperator) {
            apply(new CreatorUntracked(creatorId, handle, now, lastFollower));
        }
    }

    @CommandHandler
    void handle(RequestScrape command, Clock clock) {
        requireTracked();
        apply(new ScrapeRequested(creatorId, handle, clock.instant(), command.requestedBy()));
    }

    @CommandHandler
    ScrapeOutcome handle(RecordScrape scrape, Clock clock, ObservationLedger ledger) {
        Instant now = clock.instant();
        ScrapeRules.check(scrape, now);
        return recordOnce(scrape.scrapeId(), ledger, () -> {
            apply(ScrapeEvents.profileRecorded(creatorId, scrape, now));
            for (VideoObservation video : scrape.videos()) {
                apply(ScrapeEvents.videoRecorded(creatorId, scrape, video, now));
            }
        });
    }

    @CommandHandler
    ScrapeOutcome handle(RecordScrapeFailure failure, Clock clock, ObservationLedger ledger) {
        Instant now = clock.instant();
        ScrapeRules.check(failure, now);
        return recordOnce(failure.attemptId(), ledger, () -> apply(ScrapeEvents.failed(creatorId, failure, now)));
    }

    /**
     * A retry of something recorded before is acknowledged whatever the creator's state now; anything
     * new needs a tracked creator. A refusal rolls the ledger entry back with the transaction.
     */
    private ScrapeOutcome recordOnce(String observationId, ObservationLedger ledger, Runnable record) {
        if (!ledger.firstRecording(observationId, creatorId)) {
            return ScrapeOutcome.ALREADY_RECORDED;
        }
        requireTracked();
        record.run();
        return ScrapeOutcome.RECORDED;
    }

    private void requireTracked() {
        if (!tracked) {
            throw new CommandRejectedException(Rejection.CREATOR_NOT_TRACKED, "@" + handle + " is not tracked");
        }
    }

    @EventSourcingHandler
    void on(CreatorTracked event) {
        creatorId = event.creatorId();
        handle = event.handle();
        tracked = true;
        trackedByOperator = !Requesters.isUser(event.requestedBy());
    }

    @EventSourcingHandler
    void on(CreatorUntracked event) {
        tracked = false;
        trackedByOperator = false;
    }
}
