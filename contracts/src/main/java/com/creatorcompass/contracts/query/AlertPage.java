package com.creatorcompass.contracts.query;

import java.util.List;

/** One page of alerts; {@code cursors.get(i)} continues after {@code alerts.get(i)}. */
public record AlertPage(List<AlertView> alerts, List<String> cursors, String endCursor, boolean hasNextPage) {

    public AlertPage {
        alerts = List.copyOf(alerts);
        cursors = List.copyOf(cursors);
    }
}
