package com.creatorcompass.contracts.creator;

/** Everything that can happen to a tracked creator. Released events never change shape. */
public sealed interface CreatorEvent
        permits CreatorTracked,
                CreatorUntracked,
                ProfileSnapshotRecorded,
                VideoSnapshotRecorded,
                ScrapeFailed,
                ScrapeRequested {
    String creatorId();
}
