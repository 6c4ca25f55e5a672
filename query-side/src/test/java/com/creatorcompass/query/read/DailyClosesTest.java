package com.creatorcompass.query.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.query.MigratedWarehouse;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A growth chart's closes, on real PostgreSQL, written as the series sink writes them: a day at a time
 * for every creator, so one creator's days lie on as many heap pages as it has days.
 */
class DailyClosesTest {

    static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");
    static final int CREATORS = 300;
    static final int DAYS = 120;

    static DSLContext sql;

    @BeforeAll
    static void aYearWrittenDayByDay() throws InterruptedException {
        DriverManagerDataSource dataSource = MigratedWarehouse.fresh();
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

    @Test
    void are_read_from_the_index_alone_without_visiting_the_tables_pages() {
        var statement = DailyCloses.template()
                .bind(DailyCloses.IDS, new String[] {"creator-7"})
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
}
