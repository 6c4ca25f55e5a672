package com.creatorcompass.query.projection;

import com.creatorcompass.query.jooq.Warehouse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * An MD5 over every row of every warehouse table, rows in a fixed order: two warehouses with the
 * same checksum hold the same rows, whatever order they were written in.
 */
public final class WarehouseChecksum {

    private WarehouseChecksum() {}

    /** Per table of schema warehouse, in name order, plus "*" over all of them. */
    public static Map<String, String> of(DSLContext sql) {
        return of(sql, Warehouse.WAREHOUSE.getTables());
    }

    /** Per table of {@code tables}, in name order, plus "*" over all of them. */
    public static Map<String, String> of(DSLContext sql, List<? extends Table<?>> tables) {
        Map<String, String> sums = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        tables.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(table -> {
            String sum = tableSum(sql, table);
            sums.put(table.getName(), sum);
            all.append(table.getName()).append('=').append(sum).append(';');
        });
        sums.put("*", sql.select(DSL.md5(DSL.inline(all.toString()))).fetchOne(0, String.class));
        return sums;
    }

    private static String tableSum(DSLContext sql, Table<?> table) {
        // A row's text form covers every column; ordering by it makes the sum independent of write order.
        return sql.resultQuery(
                        "select coalesce(md5(string_agg(t::text, '|' order by t::text)), md5('')) from {0} t", table)
                .fetchOne(0, String.class);
    }
}
