package com.creatorcompass.query.read;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The keys a read is asked for, bound one way when there is one and another when there are several.
 * One key is bound as a value; several as one array. PostgreSQL cannot know an array parameter's
 * length when it plans a statement for any values, so it re-planned every dashboard's reads (one
 * creator each) for their one-element array, at more cost than running them; with one value bound,
 * it plans a statement once and keeps the plan (docs/performance.md, API).
 */
final class Keys {

    private Keys() {}

    /** Whether a statement's form binds one key: the form for {@code keys}. */
    static boolean one(List<String> keys) {
        return keys.size() == 1;
    }

    /** The value to bind for the parameter of a form made for {@code keys}. */
    static Object bound(List<String> keys) {
        return one(keys) ? keys.get(0) : keys.toArray(String[]::new);
    }

    /** The keys as the table {@code alias(id)}: one row of the bound key, or the bound array unnested. */
    static Table<?> table(String parameter, boolean one, String alias) {
        return one
                ? DSL.values(DSL.row(DSL.param(parameter, String.class))).as(alias, "id")
                : DSL.unnest(DSL.param(parameter, String[].class)).as(alias, "id");
    }

    /** {@code column} is the bound key, or one of the bound array. */
    static Condition matches(Field<String> column, String parameter, boolean one) {
        return one
                ? column.eq(DSL.param(parameter, String.class))
                : column.eq(DSL.any(DSL.param(parameter, String[].class)));
    }
}
