package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.contracts.recommend.CreatorFilter;
import com.creatorcompass.graphql.errors.ApiException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Argument rules shared by the fields: page sizes, day ranges and creator filters. */
final class Arguments {

    static final int MAX_PAGE = 100;
    static final int MAX_DAYS = 3_660;
    static final int MAX_CODES = 10;
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private Arguments() {}

    static int page(Integer first) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE) {
            throw ApiException.invalid("first must be between 1 and " + MAX_PAGE + ", was " + size);
        }
        return size;
    }

    static void range(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ApiException.invalid("from (" + from + ") is after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ApiException.invalid("at most " + MAX_DAYS + " days at once");
        }
    }

    /** A {@code CreatorFilter} input: codes canonical and valid, counts and rates not negative, the range in order. */
    static CreatorFilter creatorFilter(Map<String, Object> input) {
        if (input == null) {
            return CreatorFilter.NONE;
        }
        List<String> regions = codes(input.get("regions"), "regions", REGION, true);
        List<String> languages = codes(input.get("languages"), "languages", LANGUAGE, false);
        Long min = count(input.get("minFollowers"), "minFollowers");
        Long max = count(input.get("maxFollowers"), "maxFollowers");
        if (min != null && max != null && min > max) {
            throw ApiException.invalid("minFollowers (" + min + ") is above maxFollowers (" + max + ")");
        }
        Double engagement =
                input.get("minEngagementRate") == null ? null : ((Number) input.get("minEngagementRate")).doubleValue();
        if (engagement != null && (engagement < 0 || engagement > 1)) {
            throw ApiException.invalid("minEngagementRate is a fraction between 0 and 1, was " + engagement);
        }
        return new CreatorFilter(regions, languages, min, max, engagement);
    }

    private static List<String> codes(Object given, String name, Pattern format, boolean upper) {
        if (given == null) {
            return List.of();
        }
        List<String> codes = ((List<?>) given)
                .stream()
                        .map(code -> upper
                                ? code.toString().strip().toUpperCase(Locale.ROOT)
                                : code.toString().strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        if (codes.size() > MAX_CODES) {
            throw ApiException.invalid("at most " + MAX_CODES + " " + name + ", was " + codes.size());
        }
        codes.stream()
                .filter(code -> !format.matcher(code).matches())
                .findFirst()
                .ifPresent(code -> {
                    throw ApiException.invalid("'" + code + "' is not one of the " + name + " ("
                            + (upper ? "ISO 3166-1 alpha-2, e.g. GB" : "ISO 639-1, e.g. en") + ")");
                });
        return codes;
    }

    private static Long count(Object given, String name) {
        if (given == null) {
            return null;
        }
        long value = ((Number) given).longValue();
        if (value < 0) {
            throw ApiException.invalid(name + " must not be negative, was " + value);
        }
        return value;
    }

    static VideoOrder order(String orderBy) {
        return "MOST_VIEWED".equals(orderBy) ? VideoOrder.VIEWS_DESC : VideoOrder.POSTED_AT_DESC;
    }
}
