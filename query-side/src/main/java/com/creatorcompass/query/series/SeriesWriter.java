package com.creatorcompass.query.series;

import static com.creatorcompass.query.jooq.series.Tables.ALERTS;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_ENGAGEMENT_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.HASHTAG_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_ENGAGEMENT_SERIES;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_VELOCITY;
import static org.jooq.impl.DSL.excluded;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorEngagementDay;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.HashtagDay;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VideoEngagementPoint;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.json.CompassJson;
import com.creatorcompass.query.changes.ChangeNotifier;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * Upserts output-topic records into the series tables: a row per key, the record's value replacing
 * it, a null value (a withdrawn row) deleting it. Applying the same records again changes nothing.
 */
public final class SeriesWriter {

    private static final ObjectMapper JSON = CompassJson.mapper();

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
        return List.of(
                ALERTS,
                CREATOR_ENGAGEMENT_DAILY,
                CREATOR_GROWTH_DAILY,
                HASHTAG_DAILY,
                VIDEO_ENGAGEMENT_SERIES,
                VIDEO_VELOCITY);
    }

    /** PostgreSQL takes at most 65,535 parameters in one statement; a multi-row upsert stays well below. */
    private static final int MAX_BIND_VALUES = 30_000;

    private final DSLContext sql;
    private final ChangeNotifier changes;

    /** @param sql the target; a render mapping may point it at a rebuild schema (whose changes nobody reads yet) */
    public SeriesWriter(DSLContext sql) {
        this(sql, null);
    }

    /** @param changes told, in each write's transaction, which creators' rows it changed (the live tables) */
    public SeriesWriter(DSLContext sql, ChangeNotifier changes) {
        this.sql = sql;
        this.changes = changes;
    }

    /**
     * Writes the records, in the caller's transaction; answers the alerts written. Each output record
     * replaces its row whole, so only the last record for a row counts: a poll's records are reduced
     * to one change per row and written set-wise, a multi-row upsert per table.
     */
    public List<Alert> apply(List<ConsumerRecord<String, byte[]>> records) {
        Map<List<Object>, Change> lastChange = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Change change = change(target(record.topic()), record);
            lastChange.remove(change.rowKey());
            lastChange.put(change.rowKey(), change);
        }
        Map<Table<?>, List<TableRecord<?>>> upserts = new LinkedHashMap<>();
        List<Query> deletes = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Change change : lastChange.values()) {
            if (change.delete() != null) {
                deletes.add(change.delete());
                continue;
            }
            upserts.computeIfAbsent(change.row().getTable(), table -> new ArrayList<>())
                    .add(change.row());
            if (change.value() instanceof Alert alert) {
                alerts.add(alert);
            }
        }
        if (!deletes.isEmpty()) {
            sql.batch(deletes).execute();
        }
        upserts.forEach(this::upsert);
        if (changes != null) {
            tell(lastChange.values());
        }
        return alerts;
    }

    /**
     * A hashtag's day belongs to no creator; a withdrawn alert's or velocity row's key does not name
     * its creator: then anything may have changed.
     */
    private void tell(Collection<Change> written) {
        Set<String> creatorIds = new HashSet<>();
        for (Change change : written) {
            if (change.rowKey().get(0).equals(HASHTAG_DAILY.getName())) {
                continue;
            }
            if (change.delete() != null) {
                changes.everythingChanged();
                return;
            }
            String creatorId = creatorOf(change.value());
            if (creatorId != null) {
                creatorIds.add(creatorId);
            }
        }
        changes.creatorsChanged(creatorIds);
    }

    private static String creatorOf(Object row) {
        if (row instanceof CreatorGrowthDay day) {
            return day.creatorId();
        }
        if (row instanceof CreatorEngagementDay day) {
            return day.creatorId();
        }
        if (row instanceof VideoEngagementPoint point) {
            return point.creatorId();
        }
        if (row instanceof VideoVelocity velocity) {
            return velocity.creatorId();
        }
        if (row instanceof Alert alert) {
            return alert.creatorId();
        }
        return null; // a hashtag's day belongs to no creator
    }

    /** A row to replace (with the value it came from) or to delete, and what identifies it: table and primary key. */
    private record Change(List<Object> rowKey, Object value, TableRecord<?> row, Query delete) {}

    @SuppressWarnings("unchecked")
    private Change change(Output target, ConsumerRecord<String, byte[]> record) {
        Table<?> table = target.table();
        List<? extends TableField<?, ?>> primaryKey = table.getPrimaryKey().getFields();
        List<Object> rowKey = new ArrayList<>();
        rowKey.add(table.getName());
        if (record.value() == null) {
            rowKey.addAll(withdrawn(table, record.key()));
            List<Condition> matches = new ArrayList<>();
            for (int i = 0; i < primaryKey.size(); i++) {
                matches.add(((Field<Object>) primaryKey.get(i)).equal(rowKey.get(i + 1)));
            }
            return new Change(rowKey, null, null, sql.deleteFrom(table).where(matches));
        }
        Object value = read(record.value(), target.type());
        TableRecord<?> row = row(target, value);
        primaryKey.forEach(field -> rowKey.add(row.get(field)));
        return new Change(rowKey, value, row, null);
    }

    private static Output target(String topic) {
        return OUTPUTS.get(Topics.outputOf(topic));
    }

    @SuppressWarnings("unchecked")
    private <R extends TableRecord<R>> R row(Output target, Object value) {
        R row = sql.newRecord((Table<R>) target.table());
        ((RowMapping<R>) target.mapping()).fill(row, value);
        return row;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void upsert(Table<?> table, List<TableRecord<?>> rows) {
        Table<TableRecord> target = (Table<TableRecord>) table;
        List<TableField<TableRecord, ?>> key = target.getPrimaryKey().getFields();
        Map<Field<?>, Field<?>> replace = new LinkedHashMap<>();
        for (Field<?> field : target.fields()) {
            if (!key.contains(field)) {
                replace.put(field, excluded(field));
            }
        }
        int perStatement = MAX_BIND_VALUES / target.fields().length;
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<TableRecord> chunk = (List) rows.subList(from, Math.min(rows.size(), from + perStatement));
            sql.insertInto(target)
                    .columns(target.fields())
                    .valuesOfRecords(chunk)
                    .onConflict(key)
                    .doUpdate()
                    .set(replace)
                    .execute();
        }
    }

    /**
     * The primary key of a withdrawn row; withdrawals come only for alerts (by id), hashtag days ("tag|day")
     * and a video's views at an age it no longer has once its posting time moved ("video|age").
     */
    private static List<Object> withdrawn(Table<?> table, String key) {
        if (table == ALERTS) {
            return List.of(key);
        }
        if (table == VIDEO_VELOCITY) {
            int split = key.lastIndexOf('|');
            return List.of(key.substring(0, split), key.substring(split + 1));
        }
        if (table == HASHTAG_DAILY) {
            SeriesKeys.OwnerDay hashtagDay = SeriesKeys.OwnerDay.of(key);
            return List.of(hashtagDay.owner(), hashtagDay.day());
        }
        throw new IllegalArgumentException("rows of " + table.getName() + " are never withdrawn");
    }

    private static Object read(byte[] value, Class<?> type) {
        try {
            return JSON.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName(), e);
        }
    }
}
