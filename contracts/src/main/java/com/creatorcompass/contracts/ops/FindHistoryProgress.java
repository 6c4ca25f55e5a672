package com.creatorcompass.contracts.ops;

/** How far the demo's recorded past is. Only the demo answers it. */
public record FindHistoryProgress() {}
