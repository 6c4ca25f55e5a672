package com.creatorcompass.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.FreePorts;
import com.creatorcompass.testsupport.RealPages;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run the way the README and the compass script run it. */
class CliIT {

    static final String SCRAPES = """
            [
              {"handle": "CLI.Creator", "source": "IMPORT",
               "profile": {"capturedAt": "2026-11-01T18:00:00Z", "nickname": "Cli", "verified": false,
                           "followers": {"value": 68259, "precision": "EXACT"},
                           "following": {"value": 12, "precision": "EXACT"},
                           "likes": {"value": 4300000, "precision": "ROUNDED"},
                           "videos": {"value": 40, "precision": "EXACT"}},
               "videos": [{"videoId": "7301234567890123456", "capturedAt": "2026-11-01T18:01:00Z",
                           "postedAt": "2026-10-30T12:00:00Z", "caption": "hello #FYP", "hashtags": ["#FYP"],
                           "durationSeconds": 21,
                           "views": {"value": 1200, "precision": "EXACT"}, "likes": {"value": 100, "precision": "EXACT"},
                           "comments": {"value": 7, "precision": "EXACT"}, "shares": {"value": 2, "precision": "EXACT"},
                           "saves": {"value": 5, "precision": "EXACT"}}]},
              {"handle": "cli.creator",
               "profile": {"capturedAt": "2026-11-02T18:00:00Z", "nickname": "Cli", "verified": false,
                           "followers": {"value": -1, "precision": "EXACT"},
                           "following": {"value": 12, "precision": "EXACT"},
                           "likes": {"value": 4300000, "precision": "ROUNDED"},
                           "videos": {"value": 40, "precision": "EXACT"}}}
            ]
            """;

    @TempDir
    Path work;

    @Test
    void track_then_record_then_print_events_against_a_postgresql_server() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = Map.of(
                "COMPASS_DB_URL",
                database.jdbcUrl(),
                "COMPASS_DB_USER",
                database.username(),
                "COMPASS_DB_PASSWORD",
                database.password() == null ? "" : database.password());

        assertTrackRecordEvents(env);
    }

    @Test
    void a_saved_page_is_imported_once_and_a_blocked_page_is_explained() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = Map.of(
                "COMPASS_DB_URL",
                database.jdbcUrl(),
                "COMPASS_DB_USER",
                database.username(),
                "COMPASS_DB_PASSWORD",
                database.password() == null ? "" : database.password());
        Path page = work.resolve("saved.html");
        Files.writeString(page, SAVED_PAGE);
        Path challenge = work.resolve("challenge.html");
        Files.writeString(
                challenge,
                "<html><head><title>Please wait...</title></head><body><div id=\"cs\">"
                        + "<div id=\"wci\">Please wait…</div></div></body></html>");

        assertThat(compass(env, "track", "saved.page").exit()).isZero();
        Run imported = compass(env, "import", page.toString());
        Run again = compass(env, "import", page.toString());
        Run parsed = compass(Map.of(), "parse-page", challenge.toString());

        assertThat(imported.out())
                .contains("@saved.page from saved.html (rehydration, captured ")
                .contains(": recorded (1 profile, 0 videos)");
        assertThat(again.out()).contains("already recorded, ignored");
        assertThat(parsed.exit()).isEqualTo(1);
        assertThat(parsed.out()).contains("\"reason\" : \"CAPTCHA\"", "a JavaScript challenge page");
        assertThat(work.resolve("data"))
                .as("parse-page starts no application and no embedded database")
                .doesNotExist();
        Run events = compass(env, "events", "saved.page");
        assertThat(events.out().lines()).hasSize(2);
        assertThat(events.out())
                .contains("\"followers\":{\"value\":68259,\"precision\":\"EXACT\"}", "\"source\":\"IMPORT\"");
    }

    @Test
    void real_captured_pages_and_saved_json_are_imported_with_unknown_counts_kept_unknown() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = Map.of(
                "COMPASS_DB_URL",
                database.jdbcUrl(),
                "COMPASS_DB_USER",
                database.username(),
                "COMPASS_DB_PASSWORD",
                database.password() == null ? "" : database.password());
        for (String handle : List.of("lizhagearty", "dangthuhaf", "khanhiattm2")) {
            assertThat(compass(env, "track", handle).exit()).isZero();
        }

        Run sigiPage = compass(
                env,
                "import",
                RealPages.path("lizhagearty_profile_rendered_dom_2023-01.html").toString());
        Run videoPage = compass(
                env,
                "import",
                RealPages.path("rimineuit_video_universal_7526770564367748360_2025-07.html")
                        .toString());
        Path json = RealPages.path("alphavn_profile_universal_rawjson_khanhiattm2_2026-07.json");
        Run parsedJson = compass(env, "parse-page", json.toString());
        Run savedJson = compass(env, "import", json.toString());

        assertThat(sigiPage.out())
                .contains("@lizhagearty from lizhagearty_profile_rendered_dom_2023-01.html (SIGI_STATE, captured ")
                .contains(": recorded (1 profile, 27 videos)");
        assertThat(videoPage.out())
                .contains("@dangthuhaf from ")
                .contains("(rehydration, captured ")
                .contains("(1 profile, 1 videos)");
        assertThat(parsedJson.exit()).isZero();
        assertThat(parsedJson.out()).contains("\"format\" : \"rehydration (saved JSON)\"", "\"value\" : 40398");
        assertThat(savedJson.out()).contains("@khanhiattm2 from ").contains(": recorded (1 profile, 0 videos)");
        Run events = compass(env, "events", "lizhagearty");
        assertThat(events.out().lines()).hasSize(1 + 1 + 27);
        assertThat(events.out())
                .contains("\"saves\":null", "\"followers\":{\"value\":41300,\"precision\":\"ROUNDED\"}");
    }

    static final String SAVED_PAGE = """
            <!DOCTYPE html><html><head><title>Saved (@saved.page) | TikTok</title>
            <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.user-detail":
            {"userInfo":{"user":{"id":"1","uniqueId":"saved.page","nickname":"Saved","signature":"","verified":false,
            "secUid":"MS4w"},"stats":{"followerCount":68300,"followingCount":3,"heartCount":900,"videoCount":2},
            "statsV2":{"followerCount":"68259","followingCount":"3","heartCount":"900","videoCount":"2"},"itemList":[]},
            "statusCode":0}}}</script></head><body></body></html>
            """;

    @Test
    void the_embedded_database_keeps_its_data_between_runs() throws Exception {
        Map<String, String> env = Map.of(
                "COMPASS_DB_DATA_DIR",
                work.resolve("elsewhere").toString(),
                "COMPASS_DB_EMBEDDED_PORT",
                Integer.toString(freePort()));

        // Every command is its own process: each starts the embedded server on the same files and stops it.
        assertTrackRecordEvents(env);
        assertThat(work.resolve("elsewhere/postgres/PG_VERSION")).exists();
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void replay_streams_recomputes_the_series_as_a_new_generation_with_its_own_broker() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = Map.of(
                "COMPASS_DB_URL",
                database.jdbcUrl(),
                "COMPASS_DB_USER",
                database.username(),
                "COMPASS_DB_PASSWORD",
                database.password() == null ? "" : database.password(),
                "COMPASS_DB_DATA_DIR",
                work.resolve("data").toString(),
                "COMPASS_KAFKA_EMBEDDED_PORT",
                Integer.toString(freePort()));

        Run first = compass(env, "replay", "streams");
        Run second = compass(env, "replay", "streams");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("recomputed every series as generation 2 (was 1)", "identical");
        assertThat(second.out())
                .as("the broker kept its topics under the data directory")
                .contains("recomputed every series as generation 3 (was 2)", "identical");
        assertThat(work.resolve("data/kafka/meta.properties")).exists();
        Run misuse = compass(env, "replay", "everything");
        assertThat(misuse.exit()).isEqualTo(2);
        assertThat(misuse.err()).contains("compass replay [warehouse|streams]");
    }

    private void assertTrackRecordEvents(Map<String, String> env) throws Exception {
        Path file = work.resolve("scrapes.json");
        Files.writeString(file, SCRAPES);

        Run track = compass(env, "track", "@CLI.Creator");
        assertThat(track.exit()).isZero();
        assertThat(track.out()).startsWith("tracking @cli.creator as creator ");

        Run record = compass(env, "record-snapshot", file.toString());
        assertThat(record.exit()).as("one of the two scrapes is refused").isEqualTo(1);
        assertThat(record.out()).contains("[0] @cli.creator at 2026-11-01T18:00:00Z: recorded (1 profile, 1 videos)");
        assertThat(record.err())
                .contains("[1] refused (NEGATIVE_COUNT): profile.followers must not be negative (was -1)");

        Run again = compass(env, "record-snapshot", file.toString());
        assertThat(again.out()).contains("[0] @cli.creator at 2026-11-01T18:00:00Z: already recorded, ignored");

        Run events = compass(env, "events", "cli.creator");
        assertThat(events.exit()).isZero();
        List<String> lines = events.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("#0 ").contains("CreatorTracked", "\"handle\":\"cli.creator\"");
        assertThat(lines.get(1))
                .startsWith("#1 ")
                .contains(
                        "ProfileSnapshotRecorded",
                        "\"followers\":{\"value\":68259,\"precision\":\"EXACT\"}",
                        "\"source\":\"IMPORT\"");
        assertThat(lines.get(2)).startsWith("#2 ").contains("VideoSnapshotRecorded", "\"hashtags\":[\"fyp\"]");

        Run unknown = compass(env, "events", "nobody.here");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("@nobody.here is not tracked; run 'compass track nobody.here' first");

        Run misuse =
                compass(env, "record-snapshot", work.resolve("missing.json").toString());
        assertThat(misuse.exit()).isEqualTo(2);
        assertThat(misuse.err()).contains("no such file");
    }

    record Run(int exit, String out, String err) {}

    private Run compass(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!args[0].equals("replay")) {
            command.add("-XX:TieredStopAtLevel=1"); // as ./compass starts a command that is done in seconds
        }
        command.addAll(List.of("-jar", System.getProperty("compass.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("COMPASS_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("compass " + String.join(" ", args) + " finished")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int freePort() {
        return FreePorts.one();
    }
}
