package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.Handles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page (or saved JSON) being read: its content parsed once, as HTML or as JSON, with what is known
 * about it from outside (its address, the handle we asked for, when it was seen).
 */
final class PageSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROFILE_URL = Pattern.compile("/@(" + Handles.SHAPE + ")(?:[/?#]|$)");
    private static final Pattern TITLE_HANDLE = Pattern.compile("\\(@(" + Handles.SHAPE + ")\\)");

    private final String content;
    private final String url;
    private final String expectedHandle;
    private final Instant capturedAt;
    private final Document document;
    private final JsonNode json;
    private final Map<String, JsonNode> scripts = new HashMap<>();

    private PageSource(
            String content, String url, String expectedHandle, Instant capturedAt, Document document, JsonNode json) {
        this.content = content;
        this.url = url;
        this.expectedHandle = expectedHandle;
        this.capturedAt = capturedAt;
        this.document = document;
        this.json = json;
    }

    /** An HTML page, or (when its content is a JSON object) a saved JSON file. */
    static PageSource of(String content, String url, String expectedHandle, Instant capturedAt) {
        String text = content == null ? "" : content.replaceFirst("^\uFEFF", "");
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode root = JSON.readTree(trimmed);
                if (root != null && root.isObject()) {
                    return new PageSource(text, url, expectedHandle, capturedAt, null, root);
                }
            } catch (JsonProcessingException notJson) {
                // Not JSON after all: read it as HTML, which says why it holds nothing.
            }
        }
        return new PageSource(text, url, expectedHandle, capturedAt, Jsoup.parse(text, url == null ? "" : url), null);
    }

    String content() {
        return content;
    }

    String url() {
        return url;
    }

    /** The canonical handle we asked for; null for a saved file. */
    String expectedHandle() {
        return expectedHandle;
    }

    Instant capturedAt() {
        return capturedAt;
    }

    /** The HTML page; null for saved JSON. */
    Document document() {
        return document;
    }

    /** The saved JSON's root object; null for an HTML page. */
    JsonNode json() {
        return json;
    }

    /** The JSON of the script with id {@code id}; null when the page has none. Malformed JSON is a {@link PageFormatException}. */
    JsonNode script(String id) {
        JsonNode parsed = scripts.get(id);
        if (parsed != null) {
            return parsed;
        }
        Element script = document == null ? null : document.getElementById(id);
        if (script == null || !script.tagName().equals("script")) {
            return null;
        }
        parsed = parse(script.data(), id);
        scripts.put(id, parsed); // a page read as a profile, then as a video, parses each script once
        return parsed;
    }

    /**
     * The JSON an inline script assigns to {@code window['name']} (or {@code window.name}); null when no
     * script does. Jackson reads the first value and ignores what follows it.
     */
    JsonNode assignedScript(String name) {
        if (document == null) {
            return null;
        }
        Pattern assignment = Pattern.compile(
                "window(?:\\[['\"]" + Pattern.quote(name) + "['\"]]|\\." + Pattern.quote(name) + ")\\s*=\\s*");
        for (Element script : document.select("script:not([src])")) {
            String data = script.data();
            Matcher m = assignment.matcher(data);
            if (m.find()) {
                return parse(data.substring(m.end()), name);
            }
        }
        return null;
    }

    static JsonNode parse(String text, String what) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.missingNode() : node;
        } catch (JsonProcessingException malformed) {
            String message = String.valueOf(malformed.getOriginalMessage());
            int newline = message.indexOf('\n');
            throw new PageFormatException(
                    "malformed JSON in " + what + ": " + (newline < 0 ? message : message.substring(0, newline)));
        }
    }

    /**
     * The handle this page is about as far as its address says: the handle asked for, else the
     * profile address (the URL, the canonical link, og:url), else the title's "(@handle)". Null when
     * nothing says.
     */
    String pageHandle() {
        if (expectedHandle != null) {
            return expectedHandle;
        }
        String fromUrl = handleIn(url, PROFILE_URL);
        if (fromUrl != null || document == null) {
            return fromUrl;
        }
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        Element ogUrl = document.selectFirst("meta[property=og:url][content]");
        String found = canonical == null ? null : handleIn(canonical.attr("href"), PROFILE_URL);
        if (found == null && ogUrl != null) {
            found = handleIn(ogUrl.attr("content"), PROFILE_URL);
        }
        return found != null ? found : handleIn(document.title(), TITLE_HANDLE);
    }

    private static String handleIn(String text, Pattern pattern) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() && Handles.isHandle(m.group(1)) ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the stand-in site served this page. */
    boolean simulated() {
        return document != null && document.selectFirst("meta[name=compass:simulated]") != null;
    }
}
