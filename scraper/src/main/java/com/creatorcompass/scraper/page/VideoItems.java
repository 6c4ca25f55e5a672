package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.scraper.page.PageReading.VideoRead;
import com.fasterxml.jackson.databind.JsonNode;

/** A video page's answer, whichever format held it: its status, then the item and its author. */
final class VideoItems {

    private VideoItems() {}

    static PageReading video(int statusCode, JsonNode item, String format, PageSource source) {
        Evidence evidence = new Evidence(source).put("format", format).put("statusCode", Integer.toString(statusCode));
        if (statusCode != 0) {
            return evidence.failure(StatusCodes.classify(statusCode), StatusCodes.describe(statusCode));
        }
        if (item == null || item.isMissingNode() || !item.isObject()) {
            return evidence.failure(FailureReason.LAYOUT_CHANGED, "statusCode 0 but no itemStruct");
        }
        return new VideoRead(
                ItemStructs.authorHandle(item),
                ItemStructs.read(item, source.capturedAt()),
                UserStructs.author(item, source.capturedAt()),
                source.simulated(),
                format);
    }
}
