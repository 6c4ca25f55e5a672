package com.creatorcompass.query.series;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Maps a contract record onto a table row by name: component {@code followersGrowth7d} is column
 * {@code followers_growth_7d}. Built once per table and checked both ways, so a column without a
 * component (or the reverse) fails at start-up rather than writing nulls.
 */
final class RowMapping<R extends Record> {

    private record Binding(RecordComponent component, Field<Object> field) {}

    private final List<Binding> bindings = new ArrayList<>();

    @SuppressWarnings("unchecked")
    RowMapping(Class<?> type, Table<R> table) {
        for (RecordComponent component : type.getRecordComponents()) {
            Field<?> field = table.field(column(component.getName()));
            if (field == null) {
                throw new IllegalStateException(
                        type.getSimpleName() + "." + component.getName() + " has no column in " + table.getName());
            }
            bindings.add(new Binding(component, (Field<Object>) field));
        }
        if (bindings.size() != table.fields().length) {
            throw new IllegalStateException(
                    table.getName() + " has columns that " + type.getSimpleName() + " does not fill");
        }
    }

    void fill(R row, Object value) {
        for (Binding binding : bindings) {
            try {
                row.set(
                        binding.field(),
                        convert(binding.component().getAccessor().invoke(value)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object convert(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    /** camelCase to snake_case, a run of digits being a word of its own. */
    static String column(String component) {
        StringBuilder column = new StringBuilder();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            boolean digitStart = Character.isDigit(c) && i > 0 && !Character.isDigit(component.charAt(i - 1));
            if (Character.isUpperCase(c) || digitStart) {
                column.append('_');
            }
            column.append(Character.toLowerCase(c));
        }
        return column.toString();
    }
}
