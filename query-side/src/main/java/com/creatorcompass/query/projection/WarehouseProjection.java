package com.creatorcompass.query.projection;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** The live warehouse: a tracking processor feeding {@link WarehouseWriter}, batch by batch in one transaction. */
@ProcessingGroup(WarehouseProjection.PROCESSOR)
public class WarehouseProjection {

    public static final String PROCESSOR = "warehouse";

    private final WarehouseWriter writer;

    public WarehouseProjection(WarehouseWriter writer) {
        this.writer = writer;
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
    void on(ProfileSnapshotRecorded event) {
        writer.on(event);
    }

    @EventHandler
    void on(VideoSnapshotRecorded event) {
        writer.on(event);
    }

    @EventHandler
    void on(ScrapeFailed event) {
        writer.on(event);
    }
}
