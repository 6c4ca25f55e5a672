package com.creatorcompass.scraper;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.util.List;
import java.util.Map;

/** How one scrape of one profile ended: a whole observation, or a classified failure. */
public sealed interface ScrapeResult {

    record Observed(ProfileObservation profile, List<VideoObservation> videos, SnapshotSource source)
            implements ScrapeResult {
        public Observed {
            videos = List.copyOf(videos);
        }
    }

    record Failed(FailureReason reason, String detail, Map<String, String> evidence) implements ScrapeResult {
        public Failed {
            evidence = Map.copyOf(evidence);
        }

        /** Worth trying again soon: the page was slow or the browser failed, not the site saying no. */
        public boolean transientFailure() {
            return reason == FailureReason.TIMEOUT;
        }

        /** The site is pushing back: every scrape of that host should slow down. */
        public boolean hostPushback() {
            return reason == FailureReason.CAPTCHA || reason == FailureReason.BLOCKED;
        }
    }
}
