package com.creatorcompass.scraper.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2022–23 format: the {@code SIGI_STATE} script — {@code <script id="SIGI_STATE">}, or earlier an
 * inline {@code window['SIGI_STATE']=…} — or its JSON saved alone. A profile page has
 * {@code UserPage} (its handle and status) and the users in {@code UserModule} keyed by handle, its
 * videos in {@code ItemModule} in the order {@code ItemList.user-post} gives; a video page has the
 * video in {@code ItemModule} and no {@code UserPage}.
 */
final class SigiStateReader implements FormatReader {

    private static final Pattern VIDEO_URL = Pattern.compile("/video/(\\d{1,25})");

    @Override
    public String name() {
        return "SIGI_STATE";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        JsonNode state = state(source);
        if (state == null || !(state.has("UserPage") || state.path("ItemList").has("user-post"))) {
            return Optional.empty();
        }
        int status = StatusCodes.of(state.path("UserPage").get("statusCode"), 0);
        JsonNode users = state.path("UserModule").path("users");
        String key = userKey(users, state.path("UserPage").path("uniqueId").asText(null), source.expectedHandle());
        if (status == 0 && key == null) {
            throw new PageFormatException("SIGI_STATE names no user it holds");
        }
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        state.path("ItemList").path("user-post").path("list").forEach(id -> {
            JsonNode item = state.path("ItemModule").path(id.asText());
            if (item.isMissingNode()) {
                throw new PageFormatException("ItemList names video " + id.asText() + " that ItemModule lacks");
            }
            items.add(item);
        });
        JsonNode missing = JsonNodeFactory.instance.missingNode();
        return Optional.of(UserStructs.profile(
                new UserStructs.UserData(
                        status,
                        key == null ? missing : users.path(key),
                        key == null
                                ? missing
                                : state.path("UserModule").path("stats").path(key),
                        missing,
                        items,
                        false),
                formatOf(source),
                source,
                new Evidence(source)));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        JsonNode state = state(source);
        if (state == null || state.has("UserPage") || !(state.has("ItemModule") || state.has("VideoPage"))) {
            return Optional.empty();
        }
        JsonNode items = state.path("ItemModule");
        String wanted = source.url() == null ? null : firstGroup(VIDEO_URL.matcher(source.url()));
        JsonNode item = wanted != null && items.has(wanted) ? items.get(wanted) : first(items);
        int status = StatusCodes.of(state.path("VideoPage").get("statusCode"), item == null ? 10204 : 0);
        return Optional.of(VideoItems.video(status, item, formatOf(source), source));
    }

    /** The user the page is about: the one UserPage names, else the one asked for, else the only one. Never a guess. */
    private static String userKey(JsonNode users, String pageUser, String expected) {
        if (pageUser != null && users.has(pageUser)) {
            return pageUser;
        }
        if (expected != null && users.has(expected)) {
            return expected;
        }
        return users.size() == 1 ? users.fieldNames().next() : null;
    }

    private static JsonNode state(PageSource source) {
        if (source.json() != null) {
            JsonNode root = source.json();
            return root.has("UserModule") || root.has("ItemModule") || root.has("UserPage") ? root : null;
        }
        JsonNode state = source.script("SIGI_STATE");
        return state != null ? state : source.assignedScript("SIGI_STATE");
    }

    private static JsonNode first(JsonNode items) {
        Iterator<JsonNode> elements = items.elements();
        return elements.hasNext() ? elements.next() : null;
    }

    private static String firstGroup(Matcher m) {
        return m.find() ? m.group(1) : null;
    }
}
