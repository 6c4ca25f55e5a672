package com.creatorcompass.query.projection;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.query.activity.ActivityNotifier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;

/** The live warehouse: a tracking processor feeding {@link WarehouseWriter}, batch by batch in one transaction. */
@ProcessingGroup(WarehouseProjection.PROCESSOR)
public class WarehouseProjection {

    public static final String PROCESSOR = "warehouse";

    private final WarehouseWriter writer;
    private final ActivityNotifier activity;

    public WarehouseProjection(WarehouseWriter writer, ActivityNotifier activity) {
        this.writer = writer;
        this.activity = activity;
    }

    @EventHandler
    void on(CreatorTracked event) {
        writer.on(event);
    }

    @EventHandler
    void on(CreatorUntracked event) {
        writer.on(event);
    }

    @EventHandler
    void on(ProfileSnapshotRecorded event, ReplayStatus replay) {
        writer.on(event);
        if (!replay.isReplay()) {
            activity.scrapeRecorded(event);
        }
    }

    @EventHandler
    void on(VideoSnapshotRecorded event) {
        writer.on(event);
    }

    @EventHandler
    void on(ScrapeFailed event, ReplayStatus replay) {
        writer.on(event);
        if (!replay.isReplay()) {
            activity.scrapeFailed(event);
        }
    }
}
