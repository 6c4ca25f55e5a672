package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.Languages;
import com.creatorcompass.contracts.Regions;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * TikTok's user JSON ({@code userInfo.user} with its {@code stats} and {@code statsV2}, or a video's
 * {@code author} with {@code authorStats}) as a profile reading. Shared by every JSON format.
 */
final class UserStructs {

    private UserStructs() {}

    /** What one format found about a profile: the page's status and the user's parts (missing nodes where absent). */
    record UserData(
            int statusCode, JsonNode user, JsonNode stats, JsonNode statsV2, JsonNode items, boolean verifyWall) {}

    static PageReading profile(UserData data, String format, PageSource source, Evidence evidence) {
        evidence.put("format", format).put("statusCode", Integer.toString(data.statusCode()));
        if (data.verifyWall() || data.statusCode() == 10000) {
            return evidence.failure(FailureReason.CAPTCHA, "verification wall (statusCode 10000)");
        }
        if (data.statusCode() != 0) {
            return evidence.failure(StatusCodes.classify(data.statusCode()), StatusCodes.describe(data.statusCode()));
        }
        JsonNode user = data.user();
        if (user.path("privateAccount").asBoolean(false)) {
            return evidence.failure(FailureReason.PRIVATE, "the account is private");
        }
        String handle = user.path("uniqueId").asText("").toLowerCase(Locale.ROOT);
        if (handle.isEmpty()) {
            throw new PageFormatException("statusCode 0 but no user.uniqueId");
        }
        if (source.expectedHandle() != null && !handle.equals(source.expectedHandle())) {
            return evidence.failure(
                    FailureReason.NOT_FOUND,
                    "the page shows @" + handle + ", not @" + source.expectedHandle() + " (did the handle change?)");
        }
        ProfileObservation profile =
                observation(user, data.stats(), data.statsV2(), source.capturedAt(), "the profile's");
        checkAgainstDom(source.document(), profile);
        List<VideoObservation> videos = new ArrayList<>();
        data.items().forEach(item -> videos.add(ItemStructs.read(item, source.capturedAt())));
        return new ProfileRead(handle, profile, videos, profile.secUid(), source.simulated(), format);
    }

    /** The author of a video page as a profile observation; null when the page carries no author counts. */
    static ProfileObservation author(JsonNode item, Instant capturedAt) {
        JsonNode stats = item.path("authorStats");
        JsonNode statsV2 = item.path("authorStatsV2");
        if (!item.path("author").isObject() || (stats.isMissingNode() && statsV2.isMissingNode())) {
            return null;
        }
        return observation(item.path("author"), stats, statsV2, capturedAt, "the author's");
    }

    private static ProfileObservation observation(
            JsonNode user, JsonNode stats, JsonNode statsV2, Instant capturedAt, String what) {
        Count followers = StatCounts.of(stats, statsV2, "followerCount", what);
        Count following = StatCounts.of(stats, statsV2, "followingCount", what);
        Count likes = likes(stats, statsV2, what);
        Count videos = StatCounts.of(stats, statsV2, "videoCount", what);
        if (Stream.of(followers, following, likes, videos).allMatch(count -> count == null)) {
            throw new PageFormatException(what.replace("the ", "") + " data shows no counts at all");
        }
        return new ProfileObservation(
                capturedAt,
                ItemStructs.text(user, "id"),
                ItemStructs.text(user, "secUid"),
                ItemStructs.text(user, "nickname"),
                ItemStructs.text(user, "signature"),
                user.path("verified").asBoolean(false),
                followers,
                following,
                likes,
                videos,
                region(ItemStructs.text(user, "region")),
                language(ItemStructs.text(user, "language")),
                StatCounts.of(stats, statsV2, "friendCount", what));
    }

    /** Likes: TikTok's int32 {@code heartCount} wraps negative on huge accounts, and {@code heart} carries the same number. */
    private static Count likes(JsonNode stats, JsonNode statsV2, String what) {
        Count exact = StatCounts.of(null, statsV2, "heartCount", what);
        if (exact == null) {
            exact = StatCounts.of(null, statsV2, "heart", what);
        }
        if (exact != null) {
            return exact;
        }
        JsonNode heartCount = stats.get("heartCount");
        boolean wrapped =
                heartCount == null || heartCount.isNull() || heartCount.asText().startsWith("-");
        return StatCounts.of(stats, null, wrapped ? "heart" : "heartCount", what);
    }

    /** TikTok's {@code region} ("GB"); anything but a two-letter code is treated as unknown. */
    static String region(String shown) {
        return Regions.canonical(shown);
    }

    /** TikTok's {@code language} ("en", sometimes "en-GB"): its primary subtag, when it is a two-letter code. */
    static String language(String shown) {
        return Languages.canonical(shown);
    }

    /** The rendered counts, where present, must show what the data says: else the page is not what we think. */
    static void checkAgainstDom(Document page, ProfileObservation profile) {
        if (page == null) {
            return;
        }
        Map<String, Count> shown = new LinkedHashMap<>();
        shown.put("followers-count", profile.followers());
        shown.put("following-count", profile.following());
        shown.put("likes-count", profile.likes());
        shown.forEach((attribute, count) -> {
            Element element = page.selectFirst("[data-e2e=" + attribute + "]");
            if (element != null
                    && count != null
                    && count.precision() == Precision.EXACT
                    && !DisplayCount.consistent(element.text(), count.value())) {
                throw new PageFormatException(
                        "the page shows " + attribute + " '" + element.text() + "' but its data says " + count.value());
            }
        });
    }
}
