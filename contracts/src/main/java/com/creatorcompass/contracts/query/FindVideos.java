package com.creatorcompass.contracts.query;

/** One page of a creator's videos, continuing after {@code after} (a cursor from an earlier page, or null). */
public record FindVideos(String handle, VideoOrder order, int first, String after) {}
