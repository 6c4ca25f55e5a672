package com.creatorcompass.query.projection;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.query.activity.ActivityNotifier;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The live warehouse: a tracking processor whose batches of events (one transaction each) fold into
 * one {@link WarehouseBatch}, written set-wise as the transaction prepares to commit — a handful of
 * statements per batch rather than several per event.
 */
@ProcessingGroup(WarehouseProjection.PROCESSOR)
public class WarehouseProjection {

    public static final String PROCESSOR = "warehouse";
    private static final String BATCH = WarehouseProjection.class.getName() + ".batch";

    private final WarehouseWriter writer;
    private final ActivityNotifier activity;

    public WarehouseProjection(WarehouseWriter writer, ActivityNotifier activity) {
        this.writer = writer;
        this.activity = activity;
    }

    @EventHandler
    void on(CreatorTracked event) {
        fold(event);
    }

    @EventHandler
    void on(CreatorUntracked event) {
        fold(event);
    }

    @EventHandler
    void on(ProfileSnapshotRecorded event, ReplayStatus replay) {
        fold(event);
        if (!replay.isReplay()) {
            activity.scrapeRecorded(event);
        }
    }

    @EventHandler
    void on(VideoSnapshotRecorded event) {
        fold(event);
    }

    @EventHandler
    void on(ScrapeFailed event, ReplayStatus replay) {
        fold(event);
        if (!replay.isReplay()) {
            activity.scrapeFailed(event);
        }
    }

    /** Into the batch of the transaction handling the event; written at once outside of one. */
    private void fold(Object event) {
        if (!CurrentUnitOfWork.isStarted()) {
            writer.write(List.of(event));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        WarehouseBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> {
            WarehouseBatch created = writer.newBatch();
            unitOfWork.onPrepareCommit(committing -> writer.write(created));
            return created;
        });
        batch.add(event);
    }
}
