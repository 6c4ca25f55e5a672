package com.creatorcompass.contracts.query;

/** One video; answered with a {@link VideoDetail}, or nothing when unknown. */
public record FindVideo(String videoId) {}
