package com.creatorcompass.scraper.page;

import java.util.Optional;

/**
 * One format TikTok has served its data in. Each reader answers for its own format only: a reading,
 * a classified failure, or empty — "not mine", and the next reader is asked. {@link PageParser}
 * lists them in the order they are tried. A {@link PageFormatException} (or an
 * {@link IllegalArgumentException}) from a reader is its format found but unreadable: LAYOUT_CHANGED.
 */
interface FormatReader {

    /** The format's name, as the evidence and a reading's {@code format} give it. */
    String name();

    /** The format as the reading names it: a format saved alone as JSON says so. */
    default String formatOf(PageSource source) {
        return source.json() != null ? name() + " (saved JSON)" : name();
    }

    Optional<PageReading> profile(PageSource source);

    Optional<PageReading> video(PageSource source);
}
