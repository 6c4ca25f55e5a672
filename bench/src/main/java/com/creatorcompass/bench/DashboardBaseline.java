package com.creatorcompass.bench;

import com.creatorcompass.query.projection.Tiers;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The API benchmark's baseline, enabled only by the benchmark: the web UI's Dashboard operation
 * (graphql-client/Dashboard.graphql, DAY granularity) answered by hand-written SQL and a streaming JSON
 * writer, byte for byte what /graphql answers (the benchmark checks that before it measures). It is
 * served by the same HTTP server behind the same sign-in check (a path under /graphql, so the same
 * security filter chain decodes the same bearer token), so the ratio measures what GraphQL and the
 * read layers add, nothing else.
 */
final class DashboardBaseline {

    static final String PATH = "/graphql/baseline-dashboard";

    private static final Duration STALE_AFTER = Duration.ofDays(2);
    private static final String[] COUNTS = {"followers", "following", "likes", "videos", "friends"};

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();

    DashboardBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    RouterFunction<ServerResponse> route() {
        return RouterFunctions.route().POST(PATH, this::answer).build();
    }

    private ServerResponse answer(ServerRequest request) throws Exception {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode variables = json.readTree(request.body(byte[].class)).path("variables");
        if (!variables.path("granularity").asText("DAY").equals("DAY")) {
            return ServerResponse.badRequest().body("the baseline answers DAY granularity only");
        }
        byte[] body = dashboard(
                variables.path("handle").asText(),
                LocalDate.parse(variables.path("from").asText()),
                LocalDate.parse(variables.path("to").asText()));
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    byte[] dashboard(String handle, LocalDate from, LocalDate to) throws SQLException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (Connection connection = dataSource.getConnection();
                JsonGenerator writer = factory.createGenerator(out)) {
            writer.writeStartObject();
            writer.writeObjectFieldStart("data");
            try (PreparedStatement kpis = connection.prepareStatement(KPIS)) {
                kpis.setString(1, handle);
                try (ResultSet creator = kpis.executeQuery()) {
                    if (!creator.next()) {
                        writer.writeNullField("creator");
                    } else {
                        writer.writeObjectFieldStart("creator");
                        String creatorId = creator.getString("creator_id");
                        writeKpis(writer, creator);
                        writeGrowth(writer, connection, creatorId, from, to);
                        writeVideos(writer, connection, creatorId);
                        writer.writeEndObject();
                    }
                }
            }
            writer.writeEndObject();
            writer.writeEndObject();
        }
        return out.toByteArray();
    }

    private static final String KPIS = """
            select c.creator_id, c.handle, s.captured_at, s.source, s.followers, s.followers_precision,
                   s.following, s.following_precision, s.likes, s.likes_precision, s.videos, s.videos_precision,
                   s.friends, s.friends_precision, g.day as growth_day, g.followers_growth_1d, g.followers_growth_7d,
                   g.followers_growth_28d, g.projected_followers_30d, g.projected_followers_90d,
                   g.growth_rests_on_rounded, g.trend_rests_on_rounded, e.day as engagement_day,
                   e.engagement_by_views_median
            from warehouse.dim_creator c
            left join lateral (select * from warehouse.fact_profile_snapshot s where s.creator_id = c.creator_id
                               order by s.captured_at desc, s.scrape_id collate "C" desc limit 1) s on true
            left join lateral (select * from series.creator_growth_daily g where g.creator_id = c.creator_id
                               order by g.day desc limit 1) g on true
            left join lateral (select * from series.creator_engagement_daily e where e.creator_id = c.creator_id
                               order by e.day desc limit 1) e on true
            where c.handle = ?""";

    private static void writeKpis(JsonGenerator writer, ResultSet creator) throws SQLException, IOException {
        boolean observed = creator.getTimestamp("captured_at") != null;
        boolean hasGrowth = creator.getDate("growth_day") != null;
        writer.writeStringField("handle", creator.getString("handle"));
        Long followers = observed ? (Long) creator.getObject("followers", Long.class) : null;
        writeNullable(writer, "tier", Tiers.of(followers));
        writeNullable(writer, "source", observed ? creator.getString("source") : null);
        writer.writeArrayFieldStart("dataQuality");
        if (!observed) {
            writer.writeString("NOT_OBSERVED_YET");
        }
        boolean rounded = false;
        for (String count : COUNTS) {
            String precision = creator.getString(count + "_precision");
            rounded |= precision != null && !precision.equals("EXACT");
        }
        if (observed && rounded) {
            writer.writeString("ROUNDED_COUNTS");
        }
        if (hasGrowth && creator.getBoolean("growth_rests_on_rounded")) {
            writer.writeString("GROWTH_RESTS_ON_ROUNDED");
        }
        if (hasGrowth && creator.getBoolean("trend_rests_on_rounded")) {
            writer.writeString("TREND_RESTS_ON_ROUNDED");
        }
        if (observed
                && creator.getTimestamp("captured_at")
                        .toInstant()
                        .plus(STALE_AFTER)
                        .isBefore(Instant.now())) {
            writer.writeString("STALE");
        }
        writer.writeEndArray();
        for (String count : COUNTS) {
            Long value = observed ? creator.getObject(count, Long.class) : null;
            if (value == null) {
                writer.writeNullField(count);
            } else {
                writer.writeObjectFieldStart(count);
                writer.writeNumberField("value", value);
                writer.writeStringField("precision", creator.getString(count + "_precision"));
                writer.writeEndObject();
            }
        }
        if (!hasGrowth) {
            writer.writeNullField("growthKpis");
        } else {
            writer.writeObjectFieldStart("growthKpis");
            writer.writeStringField(
                    "day", creator.getDate("growth_day").toLocalDate().toString());
            writeDouble(writer, "followersGrowth1d", creator.getObject("followers_growth_1d", Double.class));
            writeDouble(writer, "followersGrowth7d", creator.getObject("followers_growth_7d", Double.class));
            writeDouble(writer, "followersGrowth28d", creator.getObject("followers_growth_28d", Double.class));
            writeLong(writer, "projectedFollowers30d", creator.getObject("projected_followers_30d", Long.class));
            writeLong(writer, "projectedFollowers90d", creator.getObject("projected_followers_90d", Long.class));
            writer.writeEndObject();
        }
        if (creator.getDate("engagement_day") == null) {
            writer.writeNullField("engagementKpis");
        } else {
            writer.writeObjectFieldStart("engagementKpis");
            writeDouble(writer, "byViewsMedian", creator.getObject("engagement_by_views_median", Double.class));
            writer.writeEndObject();
        }
    }

    /** Day granularity: each close in [from, to], its change from the close before (the first's from the last before from). */
    private static void writeGrowth(
            JsonGenerator writer, Connection connection, String creatorId, LocalDate from, LocalDate to)
            throws SQLException, IOException {
        List<long[]> closes = new ArrayList<>(); // day (epoch day), followers, likes, videos, rounded (0/1)
        try (PreparedStatement growth = connection.prepareStatement("""
                (select day, followers, likes, videos, followers_rounded or likes_rounded from series.creator_growth_daily
                 where creator_id = ? and day < ? order by day desc limit 1)
                union all
                (select day, followers, likes, videos, followers_rounded or likes_rounded from series.creator_growth_daily
                 where creator_id = ? and day between ? and ? order by day)""")) {
            growth.setString(1, creatorId);
            growth.setDate(2, Date.valueOf(from));
            growth.setString(3, creatorId);
            growth.setDate(4, Date.valueOf(from));
            growth.setDate(5, Date.valueOf(to));
            try (ResultSet rows = growth.executeQuery()) {
                while (rows.next()) {
                    closes.add(new long[] {
                        rows.getDate(1).toLocalDate().toEpochDay(),
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getBoolean(5) ? 1 : 0
                    });
                }
            }
        }
        closes.sort((a, b) -> Long.compare(a[0], b[0]));
        int first = !closes.isEmpty() && closes.get(0)[0] < from.toEpochDay() ? 1 : 0;
        writer.writeObjectFieldStart("growthColumns");
        for (String column : new String[] {"periodStart", "closingDay"}) {
            writer.writeArrayFieldStart(column);
            for (int i = first; i < closes.size(); i++) {
                writer.writeString(LocalDate.ofEpochDay(closes.get(i)[0]).toString());
            }
            writer.writeEndArray();
        }
        String[] counts = {"followers", "likes", "videos"};
        for (int c = 0; c < counts.length; c++) {
            writer.writeArrayFieldStart(counts[c]);
            for (int i = first; i < closes.size(); i++) {
                writer.writeNumber(closes.get(i)[c + 1]);
            }
            writer.writeEndArray();
        }
        for (int c = 0; c < counts.length; c++) {
            writer.writeArrayFieldStart(counts[c] + "Delta");
            for (int i = first; i < closes.size(); i++) {
                if (i == 0) {
                    writer.writeNull();
                } else {
                    writer.writeNumber(closes.get(i)[c + 1] - closes.get(i - 1)[c + 1]);
                }
            }
            writer.writeEndArray();
        }
        writer.writeArrayFieldStart("restsOnRounded");
        for (int i = first; i < closes.size(); i++) {
            writer.writeBoolean(closes.get(i)[4] == 1 || i > 0 && closes.get(i - 1)[4] == 1);
        }
        writer.writeEndArray();
        writer.writeEndObject();
    }

    private static void writeVideos(JsonGenerator writer, Connection connection, String creatorId)
            throws SQLException, IOException {
        writer.writeObjectFieldStart("latestVideos");
        writer.writeArrayFieldStart("edges");
        try (PreparedStatement videos = connection.prepareStatement(
                "select video_id, caption, views from warehouse.dim_video where creator_id = ?"
                        + " order by posted_at desc nulls last, video_id desc limit 5")) {
            videos.setString(1, creatorId);
            try (ResultSet rows = videos.executeQuery()) {
                while (rows.next()) {
                    writer.writeStartObject();
                    writer.writeObjectFieldStart("node");
                    writer.writeStringField("id", rows.getString(1));
                    writeNullable(writer, "caption", rows.getString(2));
                    writeLong(writer, "views", rows.getObject(3, Long.class));
                    writer.writeEndObject();
                    writer.writeEndObject();
                }
            }
        }
        writer.writeEndArray();
        writer.writeEndObject();
    }

    private static void writeNullable(JsonGenerator writer, String name, String value) throws IOException {
        if (value == null) {
            writer.writeNullField(name);
        } else {
            writer.writeStringField(name, value);
        }
    }

    private static void writeDouble(JsonGenerator writer, String name, Double value) throws IOException {
        if (value == null) {
            writer.writeNullField(name);
        } else {
            writer.writeNumberField(name, value);
        }
    }

    private static void writeLong(JsonGenerator writer, String name, Long value) throws IOException {
        if (value == null) {
            writer.writeNullField(name);
        } else {
            writer.writeNumberField(name, value);
        }
    }
}
