package com.creatorcompass.query.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;

/**
 * A read whose SQL jOOQ renders once: built as a template with named parameters, rendered with bind
 * markers the first time, then run with each call's values bound by position. Rendering the SQL of a
 * dashboard's reads cost the API more than PostgreSQL spent running them (docs/performance.md, API).
 * Each named parameter may occur once in the template. The template's own values (a LIMIT, a
 * constant) are inlined: bound, they keep PostgreSQL from keeping one plan for the statement, since
 * a plan made for any value of a LIMIT assumes many rows.
 */
final class RenderedOnce {

    private final String sql;
    private final List<Param<?>> params;
    private final Field<?>[] fields;

    private RenderedOnce(String sql, List<Param<?>> params, Field<?>[] fields) {
        this.sql = sql;
        this.params = params;
        this.fields = fields;
    }

    static RenderedOnce of(DSLContext dsl, Select<?> template) {
        String sql = dsl.render(template);
        // In the order their markers appear: named ones by their (unique) name, the others by their index. An
        // inlined value is part of the SQL text, not a marker.
        List<Param<?>> params = template.getParams().values().stream()
                .filter(param -> param.getParamType() != ParamType.INLINED)
                .collect(Collectors.toCollection(ArrayList::new));
        params.stream()
                .filter(param -> param.getParamName() == null)
                .findFirst()
                .ifPresent(constant -> {
                    throw new IllegalArgumentException("a template's own value " + constant
                            + " is inlined (DSL.inline), not bound: PostgreSQL plans a bound one anew every time, in "
                            + sql);
                });
        long markers = sql.chars().filter(c -> c == '?').count();
        if (markers != params.size()) {
            throw new IllegalArgumentException("a template's named parameters must each occur once: " + markers
                    + " bind markers for " + params.size() + " parameters in " + sql);
        }
        return new RenderedOnce(sql, params, template.getSelect().toArray(Field[]::new));
    }

    /**
     * The rows, with the template's own fields (so a row's values are read by those fields, not by name).
     * Run on the connection jOOQ would use, but not through jOOQ's execution: for plain SQL it parses and
     * renders the text again on every call, a sixth of the API's CPU on a dashboard (docs/performance.md).
     */
    Result<Record> fetch(DSLContext dsl, Map<String, ?> values) {
        return run(dsl, values, rows -> dsl.fetch(rows, fields));
    }

    /**
     * Each row handed to {@code reader} as the driver gives it, columns by position (1 first). For many
     * rows of a few columns: a jOOQ record per row, its values converted through jOOQ's bindings, cost the
     * growth chart's 91 rows more than reading them did (docs/performance.md).
     */
    void forEachRow(DSLContext dsl, Map<String, ?> values, RowReader reader) {
        run(dsl, values, rows -> {
            while (rows.next()) {
                reader.read(rows);
            }
            return null;
        });
    }

    /** Reads one row of a result: {@code row} is positioned on it. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T run(DSLContext dsl, Map<String, ?> values, Rows<T> reader) {
        ConnectionProvider connections = dsl.configuration().connectionProvider();
        Connection connection = connections.acquire();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Param<?> param = params.get(i);
                String name = param.getParamName();
                statement.setObject(
                        i + 1,
                        values.containsKey(name) ? param.getDataType().convert(values.get(name)) : param.getValue());
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException failed) {
            throw new DataAccessException("SQL [" + sql + "]; " + failed.getMessage(), failed);
        } finally {
            connections.release(connection);
        }
    }
}
