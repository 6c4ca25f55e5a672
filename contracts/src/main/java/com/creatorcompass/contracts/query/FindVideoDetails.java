package com.creatorcompass.contracts.query;

import java.util.List;

/**
 * For each video: its observations, its engagement series and its velocity curve against the
 * creator's median; answered with {@link VideoDetailsFound}.
 */
public record FindVideoDetails(List<String> videoIds) {

    public FindVideoDetails {
        videoIds = List.copyOf(videoIds);
    }
}
