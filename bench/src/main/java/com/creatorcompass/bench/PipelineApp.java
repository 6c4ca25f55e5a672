package com.creatorcompass.bench;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole pipeline in this process, as the demo runs it, on a fresh database and its own broker and state under {@code dir}; no scraper. */
final class PipelineApp {

    private PipelineApp() {}

    static ConfigurableApplicationContext start(TestDatabase database, Path dir, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--compass.db.url=" + database.jdbcUrl(),
                "--compass.db.user=" + database.username(),
                "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                "--compass.kafka.embedded-port=0",
                "--compass.kafka.data-dir=" + dir.resolve("kafka"),
                "--compass.streams.state-dir=" + dir.resolve("streams"),
                "--logging.level.root=WARN",
                "--compass.scraper.enabled=false"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("bench")
                .run(args.toArray(String[]::new));
    }
}
