package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.Handles;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The rendered page, when no data script is left: the {@code data-e2e} attributes. The title and
 * subtitle swapped places over the years (2022–23: title = handle, subtitle = display name; 2025–26
 * the other way round), so the handle is whichever of the two has the handle's syntax and is the
 * handle the page is about ({@link PageSource#pageHandle}); a display name is never taken for it.
 * Counts are as displayed ({@link DisplayCount}); the video count is at least the grid's size.
 */
final class DomReader implements FormatReader {

    static final String TITLE = "user-title";
    static final String SUBTITLE = "user-subtitle";

    @Override
    public String name() {
        return "dom";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        Document page = source.document();
        if (page == null || (text(page, TITLE) == null && text(page, SUBTITLE) == null)) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence(source).put("format", name());
        String title = stripAt(text(page, TITLE));
        String subtitle = stripAt(text(page, SUBTITLE));
        List<String> candidates = new ArrayList<>();
        Stream.of(title, subtitle).filter(Handles::isHandle).forEach(candidates::add);
        String about = source.pageHandle();
        String handle;
        if (about != null) {
            handle = candidates.stream()
                    .filter(about::equalsIgnoreCase)
                    .findFirst()
                    .orElse(null);
            if (handle == null) {
                return Optional.of(evidence.failure(
                        source.expectedHandle() != null ? FailureReason.NOT_FOUND : FailureReason.LAYOUT_CHANGED,
                        "the page is about @" + about + " but shows " + describe(title, subtitle)));
            }
        } else if (candidates.size() == 1) {
            handle = candidates.get(0);
        } else {
            return Optional.of(evidence.failure(
                    FailureReason.LAYOUT_CHANGED,
                    "cannot tell the handle from the display name: " + describe(title, subtitle)
                            + ", and no address says which"));
        }
        String nickname = handle.equals(title) ? subtitle : title;
        ProfileObservation profile = new ProfileObservation(
                source.capturedAt(),
                null,
                null,
                nickname,
                text(page, "user-bio"),
                false,
                count(page, "followers-count"),
                count(page, "following-count"),
                count(page, "likes-count"),
                gridCount(page));
        requireACount(profile);
        return Optional.of(
                new ProfileRead(handle.toLowerCase(Locale.ROOT), profile, List.of(), null, source.simulated(), name()));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        return Optional.empty();
    }

    /** The count an element displays ("13.5K"); null when the page has no such element. */
    static Count count(Document page, String e2e) {
        String shown = text(page, e2e);
        return shown == null || shown.isBlank() ? null : DisplayCount.parse(shown);
    }

    /** At least as many videos as the grid shows; unknown when it shows none (it may not have rendered). */
    static Count gridCount(Document page) {
        long shown = page.select(ProfileGrid.POST_LINKS).stream()
                .map(link -> ProfileGrid.postId(link.attr("href")))
                .filter(Objects::nonNull)
                .distinct()
                .count();
        return shown == 0 ? null : new Count(shown, Precision.AT_LEAST);
    }

    static String text(Document page, String e2e) {
        Element element = page.selectFirst("[data-e2e=" + e2e + "]");
        return element == null ? null : element.text().strip();
    }

    static void requireACount(ProfileObservation profile) {
        if (Stream.of(profile.followers(), profile.following(), profile.likes(), profile.videos())
                .allMatch(c -> c == null)) {
            throw new PageFormatException("the page shows a profile without any count");
        }
    }

    private static String stripAt(String text) {
        return text == null ? null : text.replaceFirst("^@", "");
    }

    private static String describe(String title, String subtitle) {
        return "title '" + title + "' and subtitle '" + subtitle + "'";
    }
}
