package com.creatorcompass.command.creator;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Languages;
import com.creatorcompass.contracts.Regions;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Counts;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/** What makes a scrape report acceptable. A report breaking any rule is refused whole. */
final class ScrapeRules {

    /** Scrapers' clocks drift; an observation this far ahead of ours is still believed. */
    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);
    /** TikTok's grid shows a few hundred videos at most; more in one report is a bug upstream. */
    static final int MAX_VIDEOS_PER_SCRAPE = 1_000;

    private ScrapeRules() {}

    static void check(RecordScrape scrape, Instant now) {
        requireText(scrape.scrapeId(), "scrapeId");
        require(scrape.source() != null, "source is required");
        ProfileObservation profile = scrape.profile();
        require(profile != null, "a scrape needs its profile observation");
        requirePast(profile.capturedAt(), "profile.capturedAt", now);
        Counts.named(profile).forEach((name, count) -> checkCount(count, () -> "profile." + name));
        require(
                profile.region() == null || Regions.isCanonical(profile.region()),
                "profile.region must be an ISO 3166-1 alpha-2 code in upper case (e.g. GB), was '" + profile.region()
                        + "'");
        require(
                profile.language() == null || Languages.isCanonical(profile.language()),
                "profile.language must be an ISO 639-1 code in lower case (e.g. en), was '" + profile.language() + "'");
        require(
                scrape.videos().size() <= MAX_VIDEOS_PER_SCRAPE,
                "a scrape carries at most " + MAX_VIDEOS_PER_SCRAPE + " videos, this one "
                        + scrape.videos().size());
        Set<String> videoIds = new HashSet<>();
        for (VideoObservation video : scrape.videos()) {
            checkVideo(video, now);
            if (!videoIds.add(video.videoId())) {
                throw invalid("video " + video.videoId() + " appears twice in one scrape");
            }
        }
    }

    static void check(RecordScrapeFailure failure, Instant now) {
        requireText(failure.attemptId(), "attemptId");
        require(failure.reason() != null, "a failure needs its reason");
        requirePast(failure.attemptedAt(), "attemptedAt", now);
    }

    private static void checkVideo(VideoObservation video, Instant now) {
        require(video != null, "a video observation is missing");
        requireText(video.videoId(), "video.videoId");
        // Names are built only for a message: this runs for every video of every scrape.
        requirePast(video.capturedAt(), () -> "video " + video.videoId() + " capturedAt", now);
        if (video.postedAt() != null && video.postedAt().isAfter(video.capturedAt())) {
            throw invalid("video " + video.videoId() + " was posted at " + video.postedAt() + ", after it was seen at "
                    + video.capturedAt());
        }
        if (video.durationSeconds() != null && video.durationSeconds() < 0) {
            throw invalid("video " + video.videoId() + " has a negative duration");
        }
        if (video.kind() == PostKind.PHOTO && video.durationSeconds() != null) {
            throw invalid("post " + video.videoId() + " is a photo post and so has no duration (was "
                    + video.durationSeconds() + ")");
        }
        Counts.named(video).forEach((name, count) -> checkCount(count, () -> "video " + video.videoId() + " " + name));
    }

    /** A count may be unknown (null: the page did not show it); a known one is never negative. */
    private static void checkCount(Count count, Supplier<String> name) {
        if (count != null && count.value() < 0) {
            throw new CommandRejectedException(
                    Rejection.NEGATIVE_COUNT, name.get() + " must not be negative (was " + count.value() + ")");
        }
    }

    private static void requirePast(Instant capturedAt, String name, Instant now) {
        requirePast(capturedAt, () -> name, now);
    }

    private static void requirePast(Instant capturedAt, Supplier<String> name, Instant now) {
        if (capturedAt == null) {
            throw invalid(name.get() + " is required");
        }
        if (capturedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
            throw new CommandRejectedException(
                    Rejection.CAPTURED_IN_FUTURE,
                    name.get() + " " + capturedAt + " is in the future (now " + now + ", allowed skew "
                            + ALLOWED_CLOCK_SKEW + ")");
        }
    }

    private static void requireText(String value, String name) {
        require(value != null && !value.isBlank(), name + " is required");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw invalid(message);
        }
    }

    private static CommandRejectedException invalid(String message) {
        return new CommandRejectedException(Rejection.INVALID_ARGUMENT, message);
    }
}
