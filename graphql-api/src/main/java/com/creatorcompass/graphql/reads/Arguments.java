package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.graphql.errors.ApiException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Argument rules shared by the fields: page sizes and day ranges. */
final class Arguments {

    static final int MAX_PAGE = 100;
    static final int MAX_DAYS = 3_660;

    private Arguments() {
    }

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

    static VideoOrder order(String orderBy) {
        return "MOST_VIEWED".equals(orderBy) ? VideoOrder.VIEWS_DESC : VideoOrder.POSTED_AT_DESC;
    }
}
