package com.creatorcompass.scraper.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What tools save when they keep only the part they wanted: a bare {@code userInfo} object
 * ({@code user}, {@code stats}, {@code statsV2}; or wrapped as {@code {"userInfo": ...}}), or a bare
 * {@code itemStruct} (or {@code {"itemStruct": ...}}, {@code {"itemInfo": {"itemStruct": ...}}}).
 * Saved JSON only; a page's scripts are the other readers'.
 */
final class SavedStructReader implements FormatReader {

    @Override
    public String name() {
        return "saved JSON";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        JsonNode root = source.json();
        JsonNode userInfo = root == null ? null : root.has("userInfo") ? root.get("userInfo") : root;
        if (userInfo == null || !userInfo.isObject() || !userInfo.path("user").isObject()) {
            return Optional.empty();
        }
        int status = StatusCodes.of(root.get("statusCode"), 0);
        return Optional.of(UserStructs.profile(
                new UserStructs.UserData(
                        status,
                        userInfo.path("user"),
                        userInfo.path("stats"),
                        userInfo.path("statsV2"),
                        userInfo.path("itemList"),
                        false),
                "userInfo (saved JSON)",
                source,
                new Evidence(source)));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        JsonNode root = source.json();
        if (root == null) {
            return Optional.empty();
        }
        JsonNode item = root.path("itemInfo").has("itemStruct")
                ? root.path("itemInfo").get("itemStruct")
                : root.has("itemStruct") ? root.get("itemStruct") : root;
        if (!ItemStructs.isItem(item)) {
            return Optional.empty();
        }
        return Optional.of(
                VideoItems.video(StatusCodes.of(root.get("statusCode"), 0), item, "itemStruct (saved JSON)", source));
    }
}
