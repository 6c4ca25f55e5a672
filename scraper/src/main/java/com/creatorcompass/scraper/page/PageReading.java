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

    /** A page that held an observation: whose it is, which format it was read from, whether the stand-in site served it. */
    sealed interface Observed extends PageReading {
        String handle();

        String format();

        boolean simulated();
    }

    /**
     * A profile as the page showed it. {@code videos} are those the page itself carried (often none:
     * the grid comes from the item list). {@code format} names what was read; {@code simulated} is
     * true on the stand-in site.
     */
    record ProfileRead(
            String handle,
            ProfileObservation profile,
            List<VideoObservation> videos,
            String secUid,
            boolean simulated,
            String format)
            implements Observed {
        public ProfileRead {
            videos = List.copyOf(videos);
        }
    }

    /**
     * One video page: the post, its author's handle and, where the page carries the author's counts
     * ({@code authorStats}), the author's profile as seen on it (else null).
     */
    record VideoRead(String handle, VideoObservation video, ProfileObservation author, boolean simulated, String format)
            implements Observed {}

    record Failure(FailureReason reason, String detail, Map<String, String> evidence) implements PageReading {
        public Failure {
            evidence = Collections.unmodifiableSortedMap(new TreeMap<>(evidence));
        }
    }
}
