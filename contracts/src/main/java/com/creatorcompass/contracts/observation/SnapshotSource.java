package com.creatorcompass.contracts.observation;

/** Where an observation came from. SIMULATION marks the stand-in site's synthetic creators. */
public enum SnapshotSource {
    SELENIUM,
    HTTP,
    IMPORT,
    SIMULATION
}
