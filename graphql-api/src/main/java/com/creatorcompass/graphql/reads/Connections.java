package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.AlertPage;
import com.creatorcompass.contracts.query.AlertView;
import com.creatorcompass.contracts.query.VideoPage;
import java.util.ArrayList;
import java.util.List;

/** Relay connections over the query side's keyset pages. */
public final class Connections {

    public record PageInfo(boolean hasNextPage, String endCursor) {}

    public record Edge<T>(String cursor, T node) {}

    public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {}

    private Connections() {}

    static Connection<VideoNode> videos(VideoPage page, String handle) {
        List<Edge<VideoNode>> edges = new ArrayList<>();
        for (int i = 0; i < page.videos().size(); i++) {
            edges.add(
                    new Edge<>(page.cursors().get(i), VideoNode.of(page.videos().get(i), handle)));
        }
        return new Connection<>(edges, new PageInfo(page.hasNextPage(), page.endCursor()));
    }

    static Connection<AlertView> alerts(AlertPage page) {
        List<Edge<AlertView>> edges = new ArrayList<>();
        for (int i = 0; i < page.alerts().size(); i++) {
            edges.add(new Edge<>(page.cursors().get(i), page.alerts().get(i)));
        }
        return new Connection<>(edges, new PageInfo(page.hasNextPage(), page.endCursor()));
    }
}
