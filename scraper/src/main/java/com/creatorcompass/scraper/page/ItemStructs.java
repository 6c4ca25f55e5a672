package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.Hashtags;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TikTok's {@code itemStruct} (video pages, the item list endpoint, SIGI_STATE's ItemModule, a saved
 * item) as a post observation. Counts follow {@link StatCounts}; a missing count is unknown. A post
 * with {@code imagePost} is a photo post: no duration. A video id encodes its post time when
 * {@code createTime} is missing: {@code id >> 32} is Unix seconds.
 */
final class ItemStructs {

    private ItemStructs() {}

    /** Whether {@code node} looks like an itemStruct: an id and stats of its own. */
    static boolean isItem(JsonNode node) {
        return node != null && node.isObject() && node.hasNonNull("id") && (node.has("stats") || node.has("statsV2"));
    }

    static VideoObservation read(JsonNode item, Instant capturedAt) {
        String id = ItemStructs.text(item, "id");
        if (id == null || !id.matches("\\d{1,25}")) {
            throw new PageFormatException("a post without a numeric id: " + id);
        }
        Instant postedAt = postedAt(item, id);
        JsonNode stats = item.path("stats");
        JsonNode statsV2 = item.path("statsV2");
        boolean photo = item.hasNonNull("imagePost") && item.get("imagePost").isObject();
        String what = "post " + id;
        return new VideoObservation(
                id,
                capturedAt,
                postedAt,
                text(item, "desc"),
                hashtags(item),
                photo ? null : duration(item, what),
                StatCounts.of(stats, statsV2, "playCount", what),
                StatCounts.of(stats, statsV2, "diggCount", what),
                StatCounts.of(stats, statsV2, "commentCount", what),
                StatCounts.of(stats, statsV2, "shareCount", what),
                StatCounts.of(stats, statsV2, "collectCount", what),
                photo ? PostKind.PHOTO : PostKind.VIDEO);
    }

    /** The author's handle: {@code author} is an object with {@code uniqueId}, or (SIGI_STATE) the handle itself. */
    static String authorHandle(JsonNode item) {
        JsonNode author = item.path("author");
        String handle =
                author.isTextual() ? author.asText() : author.path("uniqueId").asText(null);
        return handle == null || handle.isBlank() ? null : handle.toLowerCase(Locale.ROOT);
    }

    static Instant postedAt(JsonNode item, String id) {
        JsonNode createTime = item.get("createTime");
        if (createTime != null && !createTime.isNull() && !createTime.asText().isBlank()) {
            String text = createTime.asText();
            if (!text.matches("\\d{1,12}")) {
                throw new PageFormatException("post " + id + " has createTime '" + text + "'");
            }
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        return Instant.ofEpochSecond(Long.parseLong(id) >> 32);
    }

    /** The video's length in seconds; unknown when absent or 0 (TikTok's 0 means "no length given"). */
    private static Integer duration(JsonNode item, String what) {
        Long seconds = StatCounts.number(item.path("video").get("duration"), what + " duration");
        return seconds == null || seconds == 0 ? null : Math.toIntExact(Math.min(seconds, Integer.MAX_VALUE));
    }

    private static List<String> hashtags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        item.path("textExtra")
                .forEach(extra -> addTag(tags, extra.path("hashtagName").asText("")));
        item.path("contents")
                .forEach(content -> content.path("textExtra")
                        .forEach(extra -> addTag(tags, extra.path("hashtagName").asText(""))));
        item.path("challenges")
                .forEach(challenge -> addTag(tags, challenge.path("title").asText("")));
        return new ArrayList<>(tags);
    }

    private static void addTag(Set<String> tags, String tag) {
        String canonical = Hashtags.canonical(tag);
        if (!canonical.isEmpty()) {
            tags.add(canonical);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
