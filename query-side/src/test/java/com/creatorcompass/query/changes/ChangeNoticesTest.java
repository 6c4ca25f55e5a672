package com.creatorcompass.query.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.query.ReadModelNews;
import com.creatorcompass.query.MigratedWarehouse;
import com.creatorcompass.query.projection.WarehouseWriter;
import com.creatorcompass.testsupport.Observations;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the API processes hear of the warehouse's changes: the creators a committed write changed,
 * nothing of a write rolled back, "everything" for a list too long to send, and — when their
 * listening connection is cut — that they hear nothing, then "everything" once they listen again.
 */
class ChangeNoticesTest {

    static final Instant T = Instant.parse("2026-11-02T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration QUIET = Duration.ofMillis(700);

    DataSource dataSource;
    DSLContext sql;
    HeardChanges heard;

    @BeforeEach
    void listening() throws Exception {
        dataSource = MigratedWarehouse.fresh();
        sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        heard = new HeardChanges(dataSource);
    }

    @AfterEach
    void stop() {
        heard.close();
    }

    @Test
    void a_committed_warehouse_write_names_the_creators_it_changed_once() throws Exception {
        new WarehouseWriter(sql)
                .write(List.of(
                        new CreatorTracked("c-1", "one", T, "user-1"),
                        profile("c-1", "s1"),
                        profile("c-1", "s2"),
                        new CreatorTracked("c-2", "two", T, "user-1")));

        assertThat(heard.next(WAIT)).isEqualTo(new ReadModelNews.CreatorsChanged(Set.of("c-1", "c-2")));
        assertThat(heard.next(QUIET)).isNull();
    }

    @Test
    void a_write_rolled_back_is_never_heard_of() throws Exception {
        try {
            sql.transaction(configuration -> {
                new WarehouseWriter(DSL.using(configuration)).write(List.of(new CreatorTracked("c-9", "nine", T, "u")));
                throw new IllegalStateException("the batch fails after writing");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        new WarehouseWriter(sql).write(List.of(new CreatorTracked("c-3", "three", T, "u")));

        assertThat(heard.next(WAIT)).isEqualTo(new ReadModelNews.CreatorsChanged(Set.of("c-3")));
    }

    @Test
    void more_creators_than_a_notice_holds_are_heard_as_everything() throws Exception {
        List<String> many =
                IntStream.range(0, 1_000).mapToObj(i -> "creator-" + i).toList();
        new ChangeNotifier(sql).creatorsChanged(many);

        assertThat(ChangeNotifier.payload(many)).isEqualTo(ChangeNotifier.EVERYTHING);
        assertThat(heard.next(WAIT)).isInstanceOf(ReadModelNews.EverythingChanged.class);
        new ChangeNotifier(sql).creatorsChanged(Collections.emptyList());
        assertThat(heard.next(QUIET)).as("no creators, no notice").isNull();
    }

    @Test
    void a_cut_connection_is_heard_as_deafness_then_everything_once_listening_again() throws Exception {
        sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen compass_%'"
                + " and pid <> pg_backend_pid()");

        assertThat(heard.next(WAIT)).isInstanceOf(ReadModelNews.ChangesUnheard.class);
        assertThat(heard.next(WAIT)).isInstanceOf(ReadModelNews.EverythingChanged.class);
        new WarehouseWriter(sql).write(List.of(new CreatorTracked("c-4", "four", T, "u")));
        assertThat(heard.next(WAIT)).isEqualTo(new ReadModelNews.CreatorsChanged(Set.of("c-4")));
    }

    private static ProfileSnapshotRecorded profile(String creatorId, String scrapeId) {
        return new ProfileSnapshotRecorded(
                creatorId,
                scrapeId,
                T,
                SnapshotSource.IMPORT,
                Observations.profileAt(T).build());
    }
}
