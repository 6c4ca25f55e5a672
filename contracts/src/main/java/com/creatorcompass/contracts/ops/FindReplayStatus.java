package com.creatorcompass.contracts.ops;

/** Projection lag and the replays of this process; answered with {@link ReplayStatus}. */
public record FindReplayStatus() {}
