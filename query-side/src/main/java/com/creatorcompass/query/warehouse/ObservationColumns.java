package com.creatorcompass.query.warehouse;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * An observation's fields as warehouse columns, by one naming rule: a field's column is its name in
 * snake_case ({@code tiktokUserId} → {@code tiktok_user_id}); a {@link Count} fills {@code <name>} and,
 * where the table keeps it, {@code <name>_precision}; an instant is a UTC timestamp; an enum its name.
 * Each table keeps the columns it has, and a field without one is not kept there. So the projection,
 * the rebuild and the reads name no observation field: a new one reaches the warehouse and the API
 * with a migration that adds its columns.
 */
public final class ObservationColumns {

    private record Column(
            int index, RecordComponent component, MethodHandle accessor, Field<?> value, Field<?> precision) {}

    private record Mapping(List<Column> columns, MethodHandle constructor) {}

    private record Key(Class<?> type, Table<?> table) {}

    private static final Map<Key, Mapping> MAPPINGS = new ConcurrentHashMap<>();

    private ObservationColumns() {}

    /** Sets {@code row}'s columns from {@code observation}'s fields; other columns are left as they are. */
    public static void write(java.lang.Record observation, Record row, Table<?> table) {
        for (Column column : mapping(observation.getClass(), table).columns()) {
            Object value = get(column, observation);
            if (value instanceof Count count) {
                set(row, column.value(), count.value());
                if (column.precision() != null) {
                    set(row, column.precision(), count.precision().name());
                }
            } else {
                set(row, column.value(), value == null ? null : toColumn(value));
                if (column.precision() != null) {
                    set(row, column.precision(), null); // an unknown count: no precision either
                }
            }
        }
    }

    /** The columns of {@code table} that {@code type}'s fields fill (what a newer observation replaces). */
    public static List<Field<?>> filledBy(Class<? extends java.lang.Record> type, Table<?> table) {
        List<Field<?>> fields = new ArrayList<>();
        for (Column column : mapping(type, table).columns()) {
            fields.add(column.value());
            if (column.precision() != null) {
                fields.add(column.precision());
            }
        }
        return fields;
    }

    /**
     * The observation {@code row} holds. A field {@code table} has no column for is null (false for a
     * flag); a table read this way keeps every count's precision.
     */
    public static <T extends java.lang.Record> T read(Record row, Table<?> table, Class<T> type) {
        Mapping mapping = mapping(type, table);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getType() == boolean.class ? Boolean.FALSE : null;
        }
        for (Column column : mapping.columns()) {
            Object stored = row.get(column.value());
            if (stored != null) {
                values[column.index()] = fromColumn(stored, column, row);
            }
        }
        try {
            return type.cast(mapping.constructor().invokeWithArguments(values));
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a " + type.getSimpleName() + " from " + table.getName(), e);
        }
    }

    /** {@code capturedAt} → {@code captured_at}. */
    static String columnName(String fieldName) {
        return fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Mapping mapping(Class<?> type, Table<?> table) {
        return MAPPINGS.computeIfAbsent(new Key(type, table), key -> build(type, table));
    }

    private static Mapping build(Class<?> type, Table<?> table) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        List<Column> columns = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                parameterTypes[i] = component.getType();
                Field<?> value = table.field(columnName(component.getName()));
                if (value == null) {
                    continue;
                }
                Field<?> precision =
                        component.getType() == Count.class ? table.field(value.getName() + "_precision") : null;
                columns.add(new Column(i, component, lookup.unreflect(component.getAccessor()), value, precision));
            }
            MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes));
            return new Mapping(List.copyOf(columns), constructor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " is not a public record", e);
        }
    }

    private static Object get(Column column, Object observation) {
        try {
            return column.accessor().invoke(observation);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + column.component().getName(), e);
        }
    }

    private static Object toColumn(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    private static Object fromColumn(Object stored, Column column, Record row) {
        Class<?> type = column.component().getType();
        if (type == Count.class) {
            if (column.precision() == null) {
                throw new IllegalStateException(
                        column.value().getName() + " is kept without its precision: not readable as a count");
            }
            return new Count(((Number) stored).longValue(), Precision.valueOf((String) row.get(column.precision())));
        }
        if (type == Instant.class) {
            return ((OffsetDateTime) stored).toInstant();
        }
        if (type.isEnum()) {
            return enumValue(type, (String) stored);
        }
        return stored;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    @SuppressWarnings("unchecked")
    private static void set(Record row, Field<?> field, Object value) {
        row.set((Field<Object>) field, value);
    }
}
