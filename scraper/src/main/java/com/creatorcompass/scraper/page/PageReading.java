package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading one page gave: a whole observation or a classified failure, never half of one. */
public sealed interface PageReading {

    /**
     * A profile as the page showed it. {@code videos} are those the page itself carried (often none:
     * the grid comes from the item list). {@code format} names what was read; {@code simulated} is
     * true on the stand-in site.
     */
    record ProfileRead(String handle, ProfileObservation profile, List<VideoObservation> videos, String secUid,
                       boolean simulated, String format) implements PageReading {
        public ProfileRead {
            videos = List.copyOf(videos);
        }
    }

    /** One video page. */
    record VideoRead(String handle, VideoObservation video, boolean simulated) implements PageReading {
    }

    record Failure(FailureReason reason, String detail, Map<String, String> evidence) implements PageReading {
        public Failure {
            evidence = Collections.unmodifiableSortedMap(new TreeMap<>(evidence));
        }
    }
}
