package com.creatorcompass.query.read;

import java.util.List;

/** One page of a creator's videos; {@code endCursor} continues after the last one, null at the end. */
public record VideoPage(List<VideoSummary> videos, String endCursor, boolean hasNextPage) {
}
