package com.creatorcompass.contracts.ops;

/**
 * The demo's recorded past: {@code arriving} until the dashboard has it; how much of it is recorded
 * ({@code percent}), how fast ({@code eventsPerSecond}), how long is left ({@code secondsLeft}, null
 * while unknown), and how many seconds after start the dashboard had it ({@code readyAfterSeconds},
 * null until then).
 */
public record HistoryProgress(
        boolean arriving, double percent, double eventsPerSecond, Long secondsLeft, Double readyAfterSeconds) {}
