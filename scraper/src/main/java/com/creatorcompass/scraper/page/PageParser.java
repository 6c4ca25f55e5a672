package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.page.PageReading.Failure;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.creatorcompass.scraper.page.PageReading.VideoRead;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads TikTok pages: today's {@code __UNIVERSAL_DATA_FOR_REHYDRATION__} JSON, the older
 * {@code SIGI_STATE} and {@code __NEXT_DATA__}, and the rendered DOM ({@code data-e2e} attributes)
 * when no JSON is there. Embedded JSON first, DOM second: when both are present they must agree.
 * Every answer is a whole reading or a classified {@link Failure} with its evidence.
 */
public final class PageParser {

    public static final String REHYDRATION = "__UNIVERSAL_DATA_FOR_REHYDRATION__";
    private static final int EXCERPT = 300;

    private final ObjectMapper json = new ObjectMapper();

    /** Reads a profile page; {@code expectedHandle} (canonical) may be null when unknown, as for a saved file. */
    public PageReading readProfile(String html, String url, String expectedHandle, Instant capturedAt) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        Evidence evidence = new Evidence(page, url);
        try {
            Element rehydration = page.getElementById(REHYDRATION);
            if (rehydration != null) {
                JsonNode detail = json.readTree(rehydration.data()).path("__DEFAULT_SCOPE__").path("webapp.user-detail");
                evidence.put("format", "rehydration").put("statusCode", detail.path("statusCode").asText("missing"));
                return profile(detail.path("statusCode").asInt(-1), detail.path("userInfo").path("user"),
                        detail.path("userInfo").path("stats"), detail.path("userInfo").path("statsV2"),
                        detail.path("userInfo").path("itemList"), "rehydration", page, expectedHandle, capturedAt, evidence,
                        detail.has("verifyConfig"));
            }
            Element sigi = page.getElementById("SIGI_STATE");
            if (sigi != null) {
                return sigiProfile(json.readTree(sigi.data()), page, expectedHandle, capturedAt, evidence.put("format", "SIGI_STATE"));
            }
            Element next = page.getElementById("__NEXT_DATA__");
            if (next != null) {
                JsonNode props = json.readTree(next.data()).path("props").path("pageProps");
                evidence.put("format", "__NEXT_DATA__").put("statusCode", props.path("statusCode").asText("missing"));
                return profile(props.path("statusCode").asInt(0), props.path("userInfo").path("user"),
                        props.path("userInfo").path("stats"), props.path("userInfo").path("statsV2"), props.path("items"),
                        "__NEXT_DATA__", page, expectedHandle, capturedAt, evidence, false);
            }
            Failure wall = wall(page, url, evidence);
            if (wall != null) {
                return wall;
            }
            if (page.selectFirst("[data-e2e=user-title]") != null) {
                return domProfile(page, expectedHandle, capturedAt, evidence.put("format", "dom"));
            }
            return evidence.failure(FailureReason.LAYOUT_CHANGED,
                    "no rehydration JSON, SIGI_STATE, __NEXT_DATA__ or data-e2e profile on the page");
        } catch (JsonProcessingException malformed) {
            return evidence.failure(FailureReason.LAYOUT_CHANGED, "malformed JSON: " + firstLine(malformed.getOriginalMessage()));
        } catch (PageFormatException | IllegalArgumentException | ArithmeticException unreadable) {
            return evidence.failure(FailureReason.LAYOUT_CHANGED, unreadable.getMessage());
        }
    }

    /** Reads a video page. */
    public PageReading readVideo(String html, String url, Instant capturedAt) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        Evidence evidence = new Evidence(page, url);
        try {
            JsonNode item;
            int status;
            Element rehydration = page.getElementById(REHYDRATION);
            Element next = page.getElementById("__NEXT_DATA__");
            Element sigi = page.getElementById("SIGI_STATE");
            if (rehydration != null) {
                JsonNode detail = json.readTree(rehydration.data()).path("__DEFAULT_SCOPE__").path("webapp.video-detail");
                status = detail.path("statusCode").asInt(-1);
                item = detail.path("itemInfo").path("itemStruct");
                evidence.put("format", "rehydration");
            } else if (next != null) {
                JsonNode props = json.readTree(next.data()).path("props").path("pageProps");
                status = props.path("statusCode").asInt(0);
                item = props.path("itemInfo").path("itemStruct");
                evidence.put("format", "__NEXT_DATA__");
            } else if (sigi != null) {
                Iterator<JsonNode> items = json.readTree(sigi.data()).path("ItemModule").elements();
                status = items.hasNext() ? 0 : 10204;
                item = items.hasNext() ? items.next() : json.missingNode();
                evidence.put("format", "SIGI_STATE");
            } else {
                Failure wall = wall(page, url, evidence);
                return wall != null ? wall : evidence.failure(FailureReason.LAYOUT_CHANGED, "no video data on the page");
            }
            evidence.put("statusCode", Integer.toString(status));
            if (status != 0) {
                return evidence.failure(classify(status), describe(status));
            }
            if (item.isMissingNode()) {
                return evidence.failure(FailureReason.LAYOUT_CHANGED, "statusCode 0 but no itemStruct");
            }
            JsonNode author = item.path("author");
            String handle = author.isTextual() ? author.asText() : author.path("uniqueId").asText(null);
            return new VideoRead(handle == null ? null : handle.toLowerCase(Locale.ROOT),
                    ItemStructs.read(item, capturedAt), simulated(page));
        } catch (JsonProcessingException malformed) {
            return evidence.failure(FailureReason.LAYOUT_CHANGED, "malformed JSON: " + firstLine(malformed.getOriginalMessage()));
        } catch (PageFormatException | IllegalArgumentException unreadable) {
            return evidence.failure(FailureReason.LAYOUT_CHANGED, unreadable.getMessage());
        }
    }

    /** One page of the {@code /api/post/item_list/} endpoint. */
    public ItemPage readItemList(String body, Instant capturedAt) {
        JsonNode list;
        try {
            list = json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new PageFormatException("the item list is not JSON: " + firstLine(malformed.getOriginalMessage()));
        }
        if (list.path("statusCode").asInt(0) != 0 || !list.path("itemList").isArray()) {
            throw new PageFormatException("the item list answered statusCode " + list.path("statusCode").asText("?"));
        }
        List<VideoObservation> videos = new ArrayList<>();
        list.path("itemList").forEach(item -> videos.add(ItemStructs.read(item, capturedAt)));
        return new ItemPage(videos, list.path("hasMore").asBoolean(false), list.path("cursor").asInt(videos.size()));
    }

    public record ItemPage(List<VideoObservation> videos, boolean hasMore, int cursor) {
    }

    private PageReading profile(int status, JsonNode user, JsonNode stats, JsonNode statsV2, JsonNode items, String format,
                                Document page, String expectedHandle, Instant capturedAt, Evidence evidence, boolean verify) {
        if (verify || status == 10000) {
            return evidence.failure(FailureReason.CAPTCHA, "verification wall (statusCode 10000)");
        }
        if (status != 0) {
            return evidence.failure(classify(status), describe(status));
        }
        if (user.path("privateAccount").asBoolean(false)) {
            return evidence.failure(FailureReason.PRIVATE, "the account is private");
        }
        String handle = user.path("uniqueId").asText("").toLowerCase(Locale.ROOT);
        if (handle.isEmpty()) {
            throw new PageFormatException("statusCode 0 but no user.uniqueId");
        }
        if (expectedHandle != null && !handle.equals(expectedHandle)) {
            return evidence.failure(FailureReason.NOT_FOUND, "the page shows @" + handle + ", not @" + expectedHandle
                    + " (did the handle change?)");
        }
        ProfileObservation profile = new ProfileObservation(capturedAt, ItemStructs.text(user, "id"),
                ItemStructs.text(user, "secUid"), ItemStructs.text(user, "nickname"), ItemStructs.text(user, "signature"),
                user.path("verified").asBoolean(false),
                profileCount(stats, statsV2, "followerCount"), profileCount(stats, statsV2, "followingCount"),
                likes(stats, statsV2), profileCount(stats, statsV2, "videoCount"),
                region(ItemStructs.text(user, "region")), language(ItemStructs.text(user, "language")));
        checkAgainstDom(page, profile);
        List<VideoObservation> videos = new ArrayList<>();
        items.forEach(item -> videos.add(ItemStructs.read(item, capturedAt)));
        return new ProfileRead(handle, profile, videos, profile.secUid(), simulated(page), format);
    }

    /** TikTok's {@code region} ("GB"); anything but a two-letter code is treated as unknown. */
    static String region(String shown) {
        return shown != null && shown.matches("[A-Za-z]{2}") ? shown.toUpperCase(Locale.ROOT) : null;
    }

    /** TikTok's {@code language} ("en", sometimes "en-GB"): its primary subtag, when it is a two-letter code. */
    static String language(String shown) {
        String primary = shown == null ? "" : shown.split("[-_]", 2)[0];
        return primary.matches("[A-Za-z]{2}") ? primary.toLowerCase(Locale.ROOT) : null;
    }

    private PageReading sigiProfile(JsonNode state, Document page, String expectedHandle, Instant capturedAt, Evidence evidence) {
        int status = state.path("UserPage").path("statusCode").asInt(0);
        JsonNode users = state.path("UserModule").path("users");
        String key = expectedHandle != null && users.has(expectedHandle) ? expectedHandle
                : users.fieldNames().hasNext() ? users.fieldNames().next() : null;
        evidence.put("statusCode", Integer.toString(status));
        if (status == 0 && key == null) {
            throw new PageFormatException("SIGI_STATE without a user");
        }
        JsonNode user = key == null ? json.missingNode() : users.path(key);
        JsonNode stats = key == null ? json.missingNode() : state.path("UserModule").path("stats").path(key);
        List<JsonNode> items = new ArrayList<>();
        state.path("ItemList").path("user-post").path("list").forEach(id -> {
            JsonNode item = state.path("ItemModule").path(id.asText());
            if (item.isMissingNode()) {
                throw new PageFormatException("ItemList names video " + id.asText() + " that ItemModule lacks");
            }
            items.add(item);
        });
        return profile(status, user, stats, json.missingNode(), json.valueToTree(items), "SIGI_STATE", page,
                expectedHandle, capturedAt, evidence, false);
    }

    private PageReading domProfile(Document page, String expectedHandle, Instant capturedAt, Evidence evidence) {
        String handle = text(page, "user-title").replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (expectedHandle != null && !handle.equals(expectedHandle)) {
            return evidence.failure(FailureReason.NOT_FOUND, "the page shows @" + handle + ", not @" + expectedHandle);
        }
        int shownVideos = page.select("[data-e2e=user-post-item] a[href*=/video/]").size();
        ProfileObservation profile = new ProfileObservation(capturedAt, null, null, optionalText(page, "user-subtitle"),
                optionalText(page, "user-bio"), false, DisplayCount.parse(text(page, "followers-count")),
                DisplayCount.parse(text(page, "following-count")), DisplayCount.parse(text(page, "likes-count")),
                new Count(shownVideos, Precision.AT_LEAST));
        return new ProfileRead(handle, profile, List.of(), null, simulated(page), "dom");
    }

    /** The rendered counts, where present, must show what the data says: else the page is not what we think. */
    private static void checkAgainstDom(Document page, ProfileObservation profile) {
        Map<String, Count> shown = new LinkedHashMap<>();
        shown.put("followers-count", profile.followers());
        shown.put("following-count", profile.following());
        shown.put("likes-count", profile.likes());
        shown.forEach((attribute, count) -> {
            Element element = page.selectFirst("[data-e2e=" + attribute + "]");
            if (element != null && count.precision() == Precision.EXACT && !DisplayCount.consistent(element.text(), count.value())) {
                throw new PageFormatException("the page shows " + attribute + " '" + element.text() + "' but its data says "
                        + count.value());
            }
        });
    }

    private static Count profileCount(JsonNode stats, JsonNode statsV2, String key) {
        JsonNode exact = statsV2.get(key);
        if (exact != null && exact.asText().matches("\\d{1,19}")) {
            return Count.exact(Long.parseLong(exact.asText()));
        }
        JsonNode rounded = stats.get(key);
        if (rounded == null || !rounded.asText().matches("-?\\d{1,19}")) {
            throw new PageFormatException("the profile has no " + key);
        }
        long value = Long.parseLong(rounded.asText());
        if (value < 0) {
            throw new PageFormatException("the profile's " + key + " is " + value + " (an overflow) and no exact value is given");
        }
        return Count.rounded(value);
    }

    private static Count likes(JsonNode stats, JsonNode statsV2) {
        try {
            return profileCount(stats, statsV2, "heartCount");
        } catch (PageFormatException overflowOrMissing) {
            // Older payloads and overflowed int32 counts: "heart" carries the same number.
            return profileCount(stats, statsV2, "heart");
        }
    }

    private static Failure wall(Document page, String url, Evidence evidence) {
        if ((url != null && url.contains("/login")) || page.selectFirst("[data-e2e=login-modal]") != null) {
            return evidence.failure(FailureReason.BLOCKED, "a login wall instead of the page");
        }
        String text = page.text();
        if (text.contains("Too Many Requests") || text.contains("Access Denied")) {
            return evidence.failure(FailureReason.BLOCKED, "the site refused the request: " + page.title());
        }
        if (page.getElementById("cs") != null || page.getElementById("wci") != null || text.contains("Please wait")) {
            return evidence.failure(FailureReason.CAPTCHA, "a JavaScript challenge page (no page data)");
        }
        return null;
    }

    static FailureReason classify(int statusCode) {
        return switch (statusCode) {
            case 10202, 10221, 10204 -> FailureReason.NOT_FOUND;
            case 10222, 10216 -> FailureReason.PRIVATE;
            case 10231 -> FailureReason.BLOCKED;
            case 10000 -> FailureReason.CAPTCHA;
            default -> FailureReason.LAYOUT_CHANGED;
        };
    }

    private static String describe(int statusCode) {
        return switch (statusCode) {
            case 10202 -> "the user does not exist (statusCode 10202)";
            case 10221 -> "the account is banned (statusCode 10221)";
            case 10222 -> "the account is private (statusCode 10222)";
            case 10216 -> "the video is private (statusCode 10216)";
            case 10204 -> "the video is missing or blocked (statusCode 10204)";
            case 10231 -> "not available in this region (statusCode 10231)";
            default -> "unknown statusCode " + statusCode;
        };
    }

    private static boolean simulated(Document page) {
        return page.selectFirst("meta[name=compass:simulated]") != null;
    }

    private static String text(Document page, String e2e) {
        Element element = page.selectFirst("[data-e2e=" + e2e + "]");
        if (element == null) {
            throw new PageFormatException("no [data-e2e=" + e2e + "] on the page");
        }
        return element.text();
    }

    private static String optionalText(Document page, String e2e) {
        Element element = page.selectFirst("[data-e2e=" + e2e + "]");
        return element == null ? null : element.text();
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    /** What a failure carries so a person can see what the page was. */
    private static final class Evidence {
        private final Map<String, String> values = new LinkedHashMap<>();

        Evidence(Document page, String url) {
            if (url != null) {
                values.put("url", url);
            }
            values.put("title", page.title());
            String text = page.body() == null ? "" : page.body().text();
            String excerpt = text.isBlank() ? page.outerHtml() : text;
            values.put("excerpt", excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT) + "…" : excerpt);
        }

        Evidence put(String key, String value) {
            values.put(key, value);
            return this;
        }

        Failure failure(FailureReason reason, String detail) {
            return new Failure(reason, detail, values);
        }
    }
}
