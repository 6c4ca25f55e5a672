package com.creatorcompass.scraper.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The 2020–21 format: Next.js's {@code __NEXT_DATA__} script (or its JSON saved alone), everything
 * under {@code props.pageProps}: {@code userInfo} and {@code items} on a profile page,
 * {@code itemInfo.itemStruct} on a video page.
 */
final class NextDataReader implements FormatReader {

    @Override
    public String name() {
        return "__NEXT_DATA__";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        JsonNode props = pageProps(source);
        if (props == null) {
            return Optional.empty();
        }
        int status = StatusCodes.of(props.get("statusCode"), 0);
        if (!props.has("userInfo") && (props.has("itemInfo") || status == 0)) {
            return Optional.empty();
        }
        JsonNode userInfo = props.path("userInfo");
        return Optional.of(UserStructs.profile(
                new UserStructs.UserData(
                        status,
                        userInfo.path("user"),
                        userInfo.path("stats"),
                        userInfo.path("statsV2"),
                        props.path("items"),
                        false),
                formatOf(source),
                source,
                new Evidence(source)));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        JsonNode props = pageProps(source);
        int status = props == null ? 0 : StatusCodes.of(props.get("statusCode"), 0);
        if (props == null || (!props.has("itemInfo") && (props.has("userInfo") || status == 0))) {
            return Optional.empty();
        }
        return Optional.of(
                VideoItems.video(status, props.path("itemInfo").path("itemStruct"), formatOf(source), source));
    }

    private static JsonNode pageProps(PageSource source) {
        JsonNode data = source.json() != null ? source.json() : source.script("__NEXT_DATA__");
        JsonNode props = data == null ? null : data.path("props").get("pageProps");
        return props != null && props.isObject() ? props : null;
    }
}
