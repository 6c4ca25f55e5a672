package com.creatorcompass.query.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.query.MigratedWarehouse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A growth chart's closes, on real PostgreSQL, written as the series sink writes them: a day at a time
 * for every creator, so one creator's days lie on as many heap pages as it has days.
 */
class DailyClosesTest {

    static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");
    static final int CREATORS = 300;
    static final int DAYS = 120;

    static DSLContext sql;
    static DataSource dataSource;

    @BeforeAll
    static void aYearWrittenDayByDay() throws InterruptedException {
        dataSource = MigratedWarehouse.fresh();
        sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        // followers = 1,000 × creator + day; the 10th day of every creator is rounded.
        sql.execute("""
                insert into series.creator_growth_daily
                    (creator_id, day, closed_at, followers, likes, videos,
                     followers_rounded, likes_rounded, videos_rounded, growth_rests_on_rounded)
                select 'creator-' || c, date '2026-01-01' + d, timestamp with time zone '2026-01-01 23:00Z' + d * interval '1 day',
                       1000 * c + d, 10 * (1000 * c + d), d / 10, d = 9, false, false, false
                from generate_series(0, ?) d, generate_series(1, ?) c
                order by d, c
                """, DAYS - 1, CREATORS);
        allVisible("series.creator_growth_daily");
    }

    /**
     * VACUUM marks a page all-visible only when no snapshot could still miss its rows; an autovacuum's
     * ANALYZE of a table just migrated holds one for a moment. So vacuum until every page is marked.
     */
    static void allVisible(String table) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            sql.execute("vacuum analyze " + table);
            Record2<Integer, Integer> pages = sql.resultQuery(
                            "select relpages, relallvisible from pg_class where oid = ?::regclass", table)
                    .coerce(DSL.field("relpages", Integer.class), DSL.field("relallvisible", Integer.class))
                    .fetchSingle();
            if (pages.value1() > 0 && pages.value1().equals(pages.value2())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(table + " never became all-visible");
    }

    @Test
    void the_close_before_the_range_and_the_closes_in_it_per_creator() {
        DailyCloses.Found found = new DailyCloses(sql)
                .of(List.of("creator-7", "creator-8", "creator-unknown"), FIRST_DAY.plusDays(5), FIRST_DAY.plusDays(9));

        assertThat(found.before().get("creator-7").day()).isEqualTo(FIRST_DAY.plusDays(4));
        assertThat(found.before().get("creator-7").followers()).isEqualTo(7_004L);
        assertThat(found.closes().get("creator-8"))
                .extracting(GrowthBuckets.DailyClose::followers)
                .containsExactly(8_005L, 8_006L, 8_007L, 8_008L, 8_009L);
        assertThat(found.closes().get("creator-8"))
                .extracting(GrowthBuckets.DailyClose::rounded)
                .containsExactly(false, false, false, false, true);
        assertThat(found.before()).doesNotContainKey("creator-unknown");
        assertThat(found.closes()).doesNotContainKey("creator-unknown");
    }

    @ParameterizedTest(name = "one creator: {0}")
    @ValueSource(booleans = {true, false})
    void are_read_from_the_index_alone_without_visiting_the_tables_pages(boolean oneCreator) {
        var statement = DailyCloses.template(oneCreator)
                .bind(DailyCloses.IDS, oneCreator ? "creator-7" : new String[] {"creator-7"})
                .bind(DailyCloses.BEFORE, FIRST_DAY.plusDays(30))
                .bind(DailyCloses.FROM, FIRST_DAY.plusDays(30))
                .bind(DailyCloses.TO, FIRST_DAY.plusDays(119));

        String plan = String.join(
                "\n",
                sql.fetch("explain (analyze, costs off, timing off, summary off) " + sql.renderInlined(statement))
                        .getValues(0, String.class));

        assertThat(plan).contains("Index Only Scan using creator_growth_daily_closes");
        assertThat(plan).doesNotContain("Heap Scan").doesNotContainPattern("Heap Fetches: [1-9]");
    }

    /**
     * A dashboard reads one creator. Bound as an array of one, PostgreSQL planned the statement anew at every
     * call (a plan for any array assumes ten elements, so it never looked cheaper than one made for the values
     * at hand): 0.15 ms of planning on 0.11 ms of work. Bound as one value, the plan made once is kept.
     */
    @Test
    void for_one_creator_postgresql_keeps_the_plan_it_made_once_and_for_several_plans_anew_each_time()
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DSLContext oneSession = DSL.using(new SingleConnectionDataSource(connection, true), SQLDialect.POSTGRES);
            DailyCloses closes = new DailyCloses(oneSession);
            for (int creator = 1; creator <= 12; creator++) {
                closes.of(List.of("creator-" + creator), FIRST_DAY.plusDays(30), FIRST_DAY.plusDays(119));
                closes.of(
                        List.of("creator-" + creator, "creator-" + (creator + 12)),
                        FIRST_DAY.plusDays(30),
                        FIRST_DAY.plusDays(119));
            }
            Map<Boolean, Long> keptPlansUsed = oneSession
                    .resultQuery("select statement like '%unnest%', generic_plans from pg_prepared_statements"
                            + " where statement like '%creator_growth_daily%'")
                    .fetchMap(record -> record.get(0, Boolean.class), record -> record.get(1, Long.class));

            assertThat(keptPlansUsed)
                    .as("by whether the statement unnests an array")
                    .containsOnlyKeys(false, true);
            assertThat(keptPlansUsed.get(false)).as("one creator").isPositive();
            assertThat(keptPlansUsed.get(true)).as("several creators").isZero();
        }
    }
}
