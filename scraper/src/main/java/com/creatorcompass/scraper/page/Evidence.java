package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.scraper.page.PageReading.Failure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/** What a failure carries so a person can see what the page was: its address, title, an excerpt, what was read. */
final class Evidence {

    private static final int EXCERPT = 300;

    private final Map<String, String> values = new LinkedHashMap<>();

    Evidence(PageSource source) {
        if (source.url() != null) {
            values.put("url", source.url());
        }
        Document page = source.document();
        String excerpt;
        if (page == null) {
            excerpt = source.content();
        } else {
            values.put("title", page.title());
            String text = page.body() == null ? "" : page.body().text();
            excerpt = text.isBlank() ? page.outerHtml() : text;
        }
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
