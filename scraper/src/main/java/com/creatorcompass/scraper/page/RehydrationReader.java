package com.creatorcompass.scraper.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Today's format (2023–): the {@code __UNIVERSAL_DATA_FOR_REHYDRATION__} script, or that script's JSON
 * saved alone. Profiles under {@code webapp.user-detail}; videos under {@code webapp.video-detail}, or
 * on mobile pages {@code webapp.reflow.video.detail}. A script holding neither (app context and
 * translations only, beside a SIGI_STATE) is not this reader's.
 */
final class RehydrationReader implements FormatReader {

    static final String SCRIPT = "__UNIVERSAL_DATA_FOR_REHYDRATION__";

    @Override
    public String name() {
        return "rehydration";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        JsonNode scope = scope(source);
        JsonNode detail = scope == null ? null : scope.get("webapp.user-detail");
        if (detail == null || !detail.isObject()) {
            return Optional.empty();
        }
        JsonNode userInfo = detail.path("userInfo");
        int status = StatusCodes.of(detail.get("statusCode"), userInfo.isObject() ? 0 : -1);
        return Optional.of(UserStructs.profile(new UserStructs.UserData(status, userInfo.path("user"), userInfo.path("stats"),
                userInfo.path("statsV2"), userInfo.path("itemList"), detail.has("verifyConfig")), format(source), source,
                new Evidence(source)));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        JsonNode scope = scope(source);
        if (scope == null) {
            return Optional.empty();
        }
        JsonNode detail = scope.has("webapp.video-detail") ? scope.get("webapp.video-detail") : scope.get("webapp.reflow.video.detail");
        if (detail == null || !detail.isObject()) {
            return Optional.empty();
        }
        JsonNode item = detail.path("itemInfo").path("itemStruct");
        int status = StatusCodes.of(detail.get("statusCode"), item.isObject() ? 0 : -1);
        return Optional.of(VideoItems.video(status, item, format(source), source));
    }

    private static JsonNode scope(PageSource source) {
        JsonNode data = source.json() != null ? source.json() : source.script(SCRIPT);
        JsonNode scope = data == null ? null : data.get("__DEFAULT_SCOPE__");
        return scope != null && scope.isObject() ? scope : null;
    }

    private String format(PageSource source) {
        return source.json() != null ? name() + " (saved JSON)" : name();
    }
}
