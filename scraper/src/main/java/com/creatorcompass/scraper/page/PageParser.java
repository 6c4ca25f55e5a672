package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads TikTok pages, and the JSON tools save from them, through one reader per format, tried in
 * this order (docs/architecture.md): rehydration, SIGI_STATE, __NEXT_DATA__, saved JSON structs,
 * JSON-LD, the rendered DOM. The first reader whose data the page holds answers; a page none of them
 * holds data for is a wall in front of it (captcha, login, refusal) or LAYOUT_CHANGED. Every answer
 * is a whole reading or a classified {@link PageReading.Failure} with its evidence.
 */
public final class PageParser {

    public static final String REHYDRATION = RehydrationReader.SCRIPT;

    private static final List<FormatReader> READERS = List.of(
            new RehydrationReader(),
            new SigiStateReader(),
            new NextDataReader(),
            new SavedStructReader(),
            new JsonLdReader(),
            new DomReader());

    private final ObjectMapper json = new ObjectMapper();

    /** Reads a profile page; {@code expectedHandle} (canonical) may be null when unknown, as for a saved file. */
    public PageReading readProfile(String html, String url, String expectedHandle, Instant capturedAt) {
        PageSource source = PageSource.of(html, url, expectedHandle, capturedAt);
        return first(source, FormatReader::profile).orElseGet(() -> nothing(source, "profile"));
    }

    /** Reads a video page. */
    public PageReading readVideo(String html, String url, Instant capturedAt) {
        PageSource source = PageSource.of(html, url, null, capturedAt);
        return first(source, FormatReader::video).orElseGet(() -> nothing(source, "video"));
    }

    /** Reads a saved page or JSON file: a profile or a video, whichever it holds. */
    public PageReading read(String content, String url, Instant capturedAt) {
        PageSource source = PageSource.of(content, url, null, capturedAt);
        return first(source, FormatReader::profile)
                .or(() -> first(source, FormatReader::video))
                .orElseGet(() -> nothing(source, "profile or video"));
    }

    /** One page of the {@code /api/post/item_list/} endpoint. */
    public ItemPage readItemList(String body, Instant capturedAt) {
        JsonNode list;
        try {
            list = json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw new PageFormatException("the item list is not JSON: " + firstLine(malformed.getOriginalMessage()));
        }
        if (list == null
                || list.path("statusCode").asInt(0) != 0
                || !list.path("itemList").isArray()) {
            throw new PageFormatException("the item list answered statusCode "
                    + (list == null ? "?" : list.path("statusCode").asText("?")));
        }
        List<VideoObservation> videos = new ArrayList<>();
        list.path("itemList").forEach(item -> videos.add(ItemStructs.read(item, capturedAt)));
        return new ItemPage(
                videos,
                list.path("hasMore").asBoolean(false),
                list.path("cursor").asInt(videos.size()));
    }

    public record ItemPage(List<VideoObservation> videos, boolean hasMore, int cursor) {}

    private static Optional<PageReading> first(
            PageSource source, BiFunction<FormatReader, PageSource, Optional<PageReading>> call) {
        for (FormatReader reader : READERS) {
            try {
                Optional<PageReading> reading = call.apply(reader, source);
                if (reading.isPresent()) {
                    return reading;
                }
            } catch (PageFormatException | IllegalArgumentException | ArithmeticException unreadable) {
                return Optional.of(new Evidence(source)
                        .put("format", reader.name())
                        .failure(FailureReason.LAYOUT_CHANGED, unreadable.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static PageReading nothing(PageSource source, String what) {
        PageReading.Failure wall = Walls.of(source);
        if (wall != null) {
            return wall;
        }
        String tried = READERS.stream().map(FormatReader::name).collect(Collectors.joining(", "));
        return new Evidence(source)
                .put("tried", tried)
                .failure(FailureReason.LAYOUT_CHANGED, "no " + what + " data on the page (tried " + tried + ")");
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
