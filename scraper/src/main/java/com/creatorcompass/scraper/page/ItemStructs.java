package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TikTok's {@code itemStruct} (video pages, the item list endpoint, SIGI_STATE's ItemModule) as a
 * video observation. Exact {@code statsV2} strings are preferred; {@code stats} numbers (sometimes
 * strings) are the fallback. A video id encodes its post time: {@code id >> 32} is Unix seconds.
 */
final class ItemStructs {

    private ItemStructs() {
    }

    static VideoObservation read(JsonNode item, Instant capturedAt) {
        String id = text(item, "id");
        if (id == null || !id.matches("\\d{1,25}")) {
            throw new PageFormatException("a video without a numeric id: " + id);
        }
        Instant postedAt = postedAt(item, id);
        JsonNode stats = item.path("stats");
        JsonNode statsV2 = item.path("statsV2");
        JsonNode video = item.path("video");
        Integer duration = video.hasNonNull("duration") ? video.get("duration").asInt() : null;
        return new VideoObservation(id, capturedAt, postedAt, text(item, "desc"), hashtags(item), duration,
                count(stats, statsV2, "playCount", id), count(stats, statsV2, "diggCount", id),
                count(stats, statsV2, "commentCount", id), count(stats, statsV2, "shareCount", id),
                count(stats, statsV2, "collectCount", id));
    }

    static Instant postedAt(JsonNode item, String id) {
        JsonNode createTime = item.get("createTime");
        if (createTime != null && !createTime.isNull() && !createTime.asText().isBlank()) {
            String text = createTime.asText();
            if (!text.matches("\\d{1,12}")) {
                throw new PageFormatException("video " + id + " has createTime '" + text + "'");
            }
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        return Instant.ofEpochSecond(Long.parseLong(id) >> 32);
    }

    private static Count count(JsonNode stats, JsonNode statsV2, String key, String id) {
        JsonNode exact = statsV2.get(key);
        if (exact != null && exact.asText().matches("\\d{1,19}")) {
            return Count.exact(Long.parseLong(exact.asText()));
        }
        JsonNode value = stats.get(key);
        if (value == null || value.isNull() || !value.asText().matches("-?\\d{1,19}")) {
            throw new PageFormatException("video " + id + " has no " + key);
        }
        long number = Long.parseLong(value.asText());
        if (number < 0) {
            throw new PageFormatException("video " + id + " has an impossible " + key + " of " + number);
        }
        return Count.exact(number);
    }

    private static List<String> hashtags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        item.path("textExtra").forEach(extra -> addTag(tags, extra.path("hashtagName").asText("")));
        item.path("contents").forEach(content -> content.path("textExtra")
                .forEach(extra -> addTag(tags, extra.path("hashtagName").asText(""))));
        item.path("challenges").forEach(challenge -> addTag(tags, challenge.path("title").asText("")));
        return new ArrayList<>(tags);
    }

    private static void addTag(Set<String> tags, String tag) {
        String canonical = tag.strip().replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
        if (!canonical.isEmpty()) {
            tags.add(canonical);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
