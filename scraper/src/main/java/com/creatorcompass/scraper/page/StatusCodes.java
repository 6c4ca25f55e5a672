package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.FailureReason;

/** TikTok's {@code statusCode} in a page's JSON (the HTTP status is 200 either way) and what each means. */
final class StatusCodes {

    private StatusCodes() {}

    static FailureReason classify(int statusCode) {
        return switch (statusCode) {
            case 10202, 10221, 10204 -> FailureReason.NOT_FOUND;
            case 10222, 10216 -> FailureReason.PRIVATE;
            case 10231 -> FailureReason.BLOCKED;
            case 10000 -> FailureReason.CAPTCHA;
            default -> FailureReason.LAYOUT_CHANGED;
        };
    }

    static String describe(int statusCode) {
        return switch (statusCode) {
            case 10202 -> "the user does not exist (statusCode 10202)";
            case 10221 -> "the account is banned (statusCode 10221)";
            case 10222 -> "the account is private (statusCode 10222)";
            case 10216 -> "the video is private (statusCode 10216)";
            case 10204 -> "the video is missing or blocked (statusCode 10204)";
            case 10231 -> "not available in this region (statusCode 10231)";
            case 10000 -> "verification wall (statusCode 10000)";
            default -> "unknown statusCode " + statusCode;
        };
    }

    /** A {@code statusCode} as the JSON writes it (a number or a string); {@code absent} when it has none. */
    static int of(com.fasterxml.jackson.databind.JsonNode node, int absent) {
        if (node == null
                || node.isNull()
                || node.isMissingNode()
                || node.asText().isBlank()) {
            return absent;
        }
        String text = node.asText().strip();
        return text.matches("-?\\d{1,9}") ? Integer.parseInt(text) : -1;
    }
}
