package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.Handles;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Structured data: a {@code <script type="application/ld+json">} holding a schema.org
 * {@code ProfilePage} whose {@code mainEntity} is a {@code Person} (or a {@code Person} whose
 * {@code mainEntityOfPage} is the profile). {@code alternateName} (or {@code identifier}) is the
 * handle, {@code name} the display name, {@code description} the bio; its
 * {@code interactionStatistic} counters ({@code FollowAction}, {@code LikeAction}) give followers and
 * likes, which win over the DOM's display. The rest (following, the grid) comes from the DOM.
 */
final class JsonLdReader implements FormatReader {

    @Override
    public String name() {
        return "JSON-LD";
    }

    @Override
    public Optional<PageReading> profile(PageSource source) {
        Document page = source.document();
        JsonNode person = page == null ? null : person(page);
        if (person == null) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence(source).put("format", name());
        JsonNode identifier = person.path("identifier");
        String named = person.has("alternateName")
                ? text(person.get("alternateName"))
                : text(identifier.isObject() ? identifier.get("value") : identifier);
        String handle =
                named == null ? null : named.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (!Handles.isHandle(handle)) {
            throw new PageFormatException("the structured data's Person has no handle (alternateName '" + named + "')");
        }
        String about = source.pageHandle();
        if (about != null && !about.equals(handle)) {
            return Optional.of(evidence.failure(
                    source.expectedHandle() != null ? FailureReason.NOT_FOUND : FailureReason.LAYOUT_CHANGED,
                    "the page's structured data shows @" + handle + ", not @" + about));
        }
        Count followers = counter(person, "FollowAction");
        Count likes = counter(person, "LikeAction");
        ProfileObservation profile = new ProfileObservation(
                source.capturedAt(),
                null,
                null,
                text(person.get("name")),
                text(person.get("description")),
                false,
                followers != null ? followers : DomReader.count(page, "followers-count"),
                DomReader.count(page, "following-count"),
                likes != null ? likes : DomReader.count(page, "likes-count"),
                DomReader.gridCount(page));
        DomReader.requireACount(profile);
        UserStructs.checkAgainstDom(page, profile);
        return Optional.of(new ProfileRead(handle, profile, List.of(), null, source.simulated(), name()));
    }

    @Override
    public Optional<PageReading> video(PageSource source) {
        return Optional.empty();
    }

    /** The page's Person, from a ProfilePage's mainEntity or standing alone; null when there is none. */
    private static JsonNode person(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode data;
            try {
                data = PageSource.parse(script.data(), "JSON-LD");
            } catch (PageFormatException malformed) {
                continue; // structured data is a second source: a broken block leaves the DOM to speak
            }
            for (JsonNode node : nodes(data)) {
                if (isType(node, "ProfilePage") && isType(node.path("mainEntity"), "Person")) {
                    return node.get("mainEntity");
                }
                if (isType(node, "Person")
                        && (isType(node.path("mainEntityOfPage"), "ProfilePage") || node.has("interactionStatistic"))) {
                    return node;
                }
            }
        }
        return null;
    }

    /** The block's top-level nodes: the object itself, an array's elements, or its {@code @graph}. */
    private static List<JsonNode> nodes(JsonNode data) {
        List<JsonNode> nodes = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(nodes::add);
        } else if (data.isObject()) {
            nodes.add(data);
            data.path("@graph").forEach(nodes::add);
        }
        return nodes;
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode declared = node.path("@type");
        if (declared.isArray()) {
            for (JsonNode each : declared) {
                if (each.asText().endsWith(type)) {
                    return true;
                }
            }
            return false;
        }
        return declared.isTextual() && declared.asText().endsWith(type);
    }

    /** The {@code userInteractionCount} of the counter whose {@code interactionType} is {@code action}; null when none. */
    private static Count counter(JsonNode person, String action) {
        JsonNode statistics = person.path("interactionStatistic");
        for (JsonNode counter : statistics.isArray() ? statistics : List.of(statistics)) {
            JsonNode type = counter.path("interactionType");
            String named = type.isTextual()
                    ? type.asText()
                    : type.path("@type").asText(type.path("@id").asText(""));
            if (named.endsWith("/" + action) || named.equals(action)) {
                Long value = StatCounts.number(
                        counter.get("userInteractionCount"), "the structured data's " + action + " count");
                return value == null ? null : StatCounts.displayed(value);
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
