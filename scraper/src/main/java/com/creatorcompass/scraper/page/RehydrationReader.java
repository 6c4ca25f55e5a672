package com.creatorcompass.scraper.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Today's format (2023–): the {@code __UNIVERSAL_DATA_FOR_REHYDRATION__} script, or that script's JSON
 * saved alone. Profiles under {@code webapp.user-detail}; videos under {@code webapp.video-detail}, or
 * on mobile pages {@code webapp.reflow.video.detail} (any {@code webapp.…user-detail} or
 * {@code webapp.…video.detail} variant is read the same way). A script holding neither (app context and
 * translations only, beside a SIGI_STATE) is not this reader's.
 */
final class RehydrationReader implements FormatReader {

    static final String SCRIPT = "__UNIVERSAL_DATA_FOR_REHYDRATION__";
    private static final Pattern USER_DETAIL = Pattern.compile("webapp\\..*user[-.]detail");
    private static final Pattern VIDEO_DETAIL = Pattern.compile("webapp\\..*video[-.]detail");

    @Override
    public String name() {
        return "rehydration";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        JsonNode detail = detail(scope(source), "webapp.user-detail", USER_DETAIL);
        if (detail == null) {
            return Optional.empty();
        }
        JsonNode userInfo = detail.path("userInfo");
        int status = StatusCodes.of(detail.get("statusCode"), userInfo.isObject() ? 0 : -1);
        return Optional.of(UserStructs.profile(
                new UserStructs.UserData(
                        status,
                        userInfo.path("user"),
                        userInfo.path("stats"),
                        userInfo.path("statsV2"),
                        userInfo.path("itemList"),
                        detail.has("verifyConfig")),
                formatOf(source),
                source,
                new Evidence(source)));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        JsonNode detail = detail(scope(source), "webapp.video-detail", VIDEO_DETAIL);
        if (detail == null) {
            return Optional.empty();
        }
        JsonNode item = detail.path("itemInfo").path("itemStruct");
        int status = StatusCodes.of(detail.get("statusCode"), item.isObject() ? 0 : -1);
        return Optional.of(VideoItems.video(status, item, formatOf(source), source));
    }

    /** The scope's {@code preferred} detail, else the first whose key {@code variant} matches (mobile "reflow" pages). */
    private static JsonNode detail(JsonNode scope, String preferred, Pattern variant) {
        if (scope == null) {
            return null;
        }
        JsonNode detail = scope.get(preferred);
        if (detail == null) {
            Iterator<Map.Entry<String, JsonNode>> fields = scope.fields();
            while (detail == null && fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                detail = variant.matcher(field.getKey()).matches() ? field.getValue() : null;
            }
        }
        return detail != null && detail.isObject() ? detail : null;
    }

    private static JsonNode scope(PageSource source) {
        JsonNode data = source.json() != null ? source.json() : source.script(SCRIPT);
        JsonNode scope = data == null ? null : data.get("__DEFAULT_SCOPE__");
        return scope != null && scope.isObject() ? scope : null;
    }
}
