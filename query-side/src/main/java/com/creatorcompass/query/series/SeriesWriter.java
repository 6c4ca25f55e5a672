package com.creatorcompass.query.series;

import static com.creatorcompass.query.jooq.series.Tables.ALERTS;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_ENGAGEMENT_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.HASHTAG_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_ENGAGEMENT_SERIES;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_VELOCITY;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorEngagementDay;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.HashtagDay;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VideoEngagementPoint;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UniqueKey;

/**
 * Upserts output-topic records into the series tables: a row per key, the record's value replacing
 * it, a null value (a withdrawn row) deleting it. Applying the same records again changes nothing.
 */
public final class SeriesWriter {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Output(Table<? extends TableRecord<?>> table, Class<?> type, RowMapping<?> mapping) {
        Output(Table<? extends TableRecord<?>> table, Class<?> type) {
            this(table, type, new RowMapping<>(type, table));
        }
    }

    private static final Map<String, Output> OUTPUTS = Map.of(
            Topics.GROWTH, new Output(CREATOR_GROWTH_DAILY, CreatorGrowthDay.class),
            Topics.VIDEO_SERIES, new Output(VIDEO_ENGAGEMENT_SERIES, VideoEngagementPoint.class),
            Topics.VELOCITY, new Output(VIDEO_VELOCITY, VideoVelocity.class),
            Topics.ENGAGEMENT, new Output(CREATOR_ENGAGEMENT_DAILY, CreatorEngagementDay.class),
            Topics.HASHTAGS, new Output(HASHTAG_DAILY, HashtagDay.class),
            Topics.ALERTS, new Output(ALERTS, Alert.class));

    /** The six tables, in the order their checksums are listed. */
    public static List<Table<?>> tables() {
        return List.of(ALERTS, CREATOR_ENGAGEMENT_DAILY, CREATOR_GROWTH_DAILY, HASHTAG_DAILY, VIDEO_ENGAGEMENT_SERIES, VIDEO_VELOCITY);
    }

    private final DSLContext sql;

    /** @param sql the target; a render mapping may point it at a rebuild schema */
    public SeriesWriter(DSLContext sql) {
        this.sql = sql;
    }

    /** Writes the records in order, in the caller's transaction; answers the alerts among them. */
    public List<Alert> apply(List<ConsumerRecord<String, byte[]>> records) {
        List<Query> queries = new ArrayList<>(records.size());
        List<Alert> alerts = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String output = record.topic().substring(record.topic().indexOf('.', "compass.".length()) + 1);
            Output target = OUTPUTS.get(output);
            if (target == null) {
                throw new IllegalArgumentException("not an output topic: " + record.topic());
            }
            if (record.value() == null) {
                queries.add(delete(target.table(), record.key()));
                continue;
            }
            Object value = read(record.value(), target.type());
            queries.add(upsert(target, value));
            if (value instanceof Alert alert) {
                alerts.add(alert);
            }
        }
        if (!queries.isEmpty()) {
            sql.batch(queries).execute();
        }
        return alerts;
    }

    @SuppressWarnings("unchecked")
    private <R extends TableRecord<R>> Query upsert(Output target, Object value) {
        Table<R> table = (Table<R>) target.table();
        R row = sql.newRecord(table);
        ((RowMapping<R>) target.mapping()).fill(row, value);
        return sql.insertInto(table).set(row).onConflict(table.getPrimaryKey().getFields()).doUpdate().set(row);
    }

    /** Removals come only for alerts (by id) and hashtag days ("tag|day"). */
    private Query delete(Table<? extends TableRecord<?>> table, String key) {
        if (table == ALERTS) {
            return sql.deleteFrom(ALERTS).where(ALERTS.ID.eq(key));
        }
        if (table == HASHTAG_DAILY) {
            int split = key.lastIndexOf('|');
            return sql.deleteFrom(HASHTAG_DAILY).where(HASHTAG_DAILY.HASHTAG.eq(key.substring(0, split)))
                    .and(HASHTAG_DAILY.DAY.eq(LocalDate.parse(key.substring(split + 1))));
        }
        UniqueKey<?> pk = table.getPrimaryKey();
        throw new IllegalArgumentException("rows of " + table.getName() + " (" + pk.getName() + ") are never withdrawn");
    }

    private static Object read(byte[] value, Class<?> type) {
        try {
            return JSON.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName(), e);
        }
    }
}
