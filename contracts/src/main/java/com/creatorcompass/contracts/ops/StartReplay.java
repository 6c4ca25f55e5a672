package com.creatorcompass.contracts.ops;

/**
 * Rebuild a read model beside the live one and swap it in. Answered at once with the
 * {@link ReplayRun} started; the work goes on in the background. Refused ({@code REPLAY_ALREADY_RUNNING}) while one is running.
 */
public record StartReplay(Projection projection, String requestedBy) {}
