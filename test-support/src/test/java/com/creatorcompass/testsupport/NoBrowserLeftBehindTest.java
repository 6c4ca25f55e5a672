package com.creatorcompass.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoBrowserLeftBehindTest {

    @Test
    void a_driver_left_running_is_ended_and_named_and_other_processes_are_left_alone() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromedriver")), "Debian's chromedriver");
        Process driver = new ProcessBuilder("/usr/bin/chromedriver", "--port=0")
                .redirectErrorStream(true)
                .start();
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            ByteArrayOutputStream log = new ByteArrayOutputStream();

            NoBrowserLeftBehind.endAll(new PrintStream(log, true, StandardCharsets.UTF_8));

            assertThat(driver.isAlive()).isFalse();
            assertThat(other.isAlive()).as("not a browser").isTrue();
            assertThat(log.toString(StandardCharsets.UTF_8))
                    .contains("chromedriver (pid " + driver.pid() + ") running: ended");
        } finally {
            driver.destroyForcibly();
            other.destroyForcibly();
        }
    }
}
