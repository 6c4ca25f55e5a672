package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A template's values are bound by position, so each named parameter must stand in one place; its own
 * constants are part of its text, so PostgreSQL can keep one plan for it.
 */
class RenderedOnceTest {

    final DSLContext sql = DSL.using(SQLDialect.POSTGRES);

    @Test
    void a_named_parameter_used_twice_is_refused_when_the_template_is_rendered() {
        var twice = DSL.param("day", LocalDate.class);
        assertThatThrownBy(() -> RenderedOnce.of(
                        sql,
                        DSL.select(CREATOR_GROWTH_DAILY.FOLLOWERS)
                                .from(CREATOR_GROWTH_DAILY)
                                .where(CREATOR_GROWTH_DAILY.DAY.ge(twice))
                                .and(CREATOR_GROWTH_DAILY.CLOSED_AT.isNotNull())
                                .or(CREATOR_GROWTH_DAILY.DAY.eq(twice))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("each occur once");
    }

    @Test
    void named_parameters_each_get_their_marker_and_the_templates_own_values_are_inlined() {
        assertThatCode(() -> RenderedOnce.of(
                        sql,
                        DSL.select(CREATOR_GROWTH_DAILY.FOLLOWERS)
                                .from(CREATOR_GROWTH_DAILY)
                                .where(CREATOR_GROWTH_DAILY.DAY.between(
                                        DSL.param("from", LocalDate.class), DSL.param("to", LocalDate.class)))
                                .limit(DSL.inline(1))))
                .doesNotThrowAnyException();
    }

    @Test
    void a_bound_constant_is_refused_as_it_would_keep_postgresql_planning_the_statement_every_time() {
        assertThatThrownBy(() -> RenderedOnce.of(
                        sql,
                        DSL.select(CREATOR_GROWTH_DAILY.FOLLOWERS)
                                .from(CREATOR_GROWTH_DAILY)
                                .where(CREATOR_GROWTH_DAILY.DAY.ge(DSL.param("from", LocalDate.class)))
                                .limit(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is inlined (DSL.inline), not bound");
    }

    @Test
    void an_inlined_value_is_part_of_the_text_and_needs_no_marker() {
        assertThatCode(() -> RenderedOnce.of(
                        sql,
                        DSL.select(
                                        CREATOR_GROWTH_DAILY.FOLLOWERS,
                                        DSL.inline(new String[0]).as("none"))
                                .from(CREATOR_GROWTH_DAILY)
                                .where(CREATOR_GROWTH_DAILY.DAY.ge(DSL.param("from", LocalDate.class)))))
                .doesNotThrowAnyException();
    }
}
