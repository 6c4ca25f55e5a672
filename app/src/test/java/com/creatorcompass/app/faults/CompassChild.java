package com.creatorcompass.app.faults;

import com.creatorcompass.testsupport.FreePorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The app in a process of its own ({@link FaultHarness}), so it can be killed with SIGKILL and
 * started again on the same database, broker log and stream state. Its output goes to a log file
 * under target/fault-logs (kept for a failed CI run); answers come back through {@link #call}.
 */
final class CompassChild implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final PrintWriter stdin;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Path log;

    private CompassChild(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stdin = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), true);
    }

    /** Starts the app with {@code environment} and waits until it serves; its output goes to target/fault-logs/{@code name}.log. */
    static CompassChild start(Map<String, String> environment, String name) throws IOException {
        Path log = Path.of("target", "fault-logs", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-cp", classpath, FaultHarness.class.getName())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        CompassChild child = new CompassChild(builder.start(), log);
        child.pump();
        child.await("started", Duration.ofMinutes(2));
        return child;
    }

    /** The environment of an app on {@code database} whose broker log, stream state and ports stay the same across restarts. */
    static Map<String, String> environment(com.creatorcompass.testsupport.TestDatabase database, Path dataDir)
            throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        env.put("COMPASS_DB_URL", database.jdbcUrl());
        env.put("COMPASS_DB_USER", database.username());
        env.put("COMPASS_DB_PASSWORD", database.password() == null ? "" : database.password());
        env.put("COMPASS_DB_DATA_DIR", dataDir.toString());
        env.put("COMPASS_PORT", Integer.toString(freePort()));
        env.put("COMPASS_STANDIN_PORT", Integer.toString(freePort()));
        env.put("COMPASS_KAFKA_EMBEDDED_PORT", Integer.toString(freePortPair()));
        env.put("COMPASS_DEMO_SEED", "false");
        env.put("COMPASS_ROLES", "api,projections,publisher,streams"); // everything but the scraper
        return env;
    }

    /** {@link #environment} for the demo as it runs: seeded with the stand-in site's creators and scraping them with Chromium. */
    static Map<String, String> scrapingDemo(com.creatorcompass.testsupport.TestDatabase database, Path dataDir)
            throws IOException {
        Map<String, String> env = environment(database, dataDir);
        env.put("COMPASS_DEMO_SEED", "true");
        env.put("COMPASS_DEMO_TRACKED_PER_NICHE", "2");
        env.put("COMPASS_DEMO_HISTORY_DAYS", "0");
        env.put("COMPASS_ROLES", "all");
        return env;
    }

    void send(String line) {
        stdin.println(line);
    }

    /** Sends {@code line} and answers the JSON of the answer called {@code name}. */
    JsonNode call(String line, String name, Duration timeout) {
        send(line);
        return await(name, timeout);
    }

    JsonNode await(String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                String answer = answers.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (answer == null) {
                    throw new AssertionError("no '" + name + "' from the app in " + timeout
                            + (process.isAlive() ? "" : " (it exited)") + "; its log: " + log + "\n" + tail());
                }
                String[] parts = answer.split(" ", 2);
                if (parts[0].equals("error")) {
                    throw new AssertionError(
                            "the app's harness failed: " + parts[1] + "; its log: " + log + "\n" + tail());
                }
                if (parts[0].equals(name)) {
                    return JSON.readTree(parts[1]);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGKILL: no shutdown hook, no flush, no goodbye. Its Chromium and chromedriver processes go with
     * it, as they would with the container or process group a real app runs in.
     */
    void kill() throws InterruptedException {
        java.util.List<ProcessHandle> browsers = process.descendants().toList();
        process.destroyForcibly();
        browsers.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * The orderly way: the app closes its context and exits. A browser or driver it leaves behind
     * (a session whose quit did not reach it) is ended too, so nothing outlives the test.
     */
    void stop() throws InterruptedException {
        java.util.List<ProcessHandle> browsers = process.descendants().toList();
        send("exit");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        browsers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump() throws IOException {
        Writer out = Files.newBufferedWriter(
                log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                            out) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            out.write(line);
                            out.write('\n');
                            out.flush();
                            if (line.startsWith(FaultHarness.ANSWER)) {
                                answers.add(line.substring(FaultHarness.ANSWER.length()));
                            }
                        }
                    } catch (IOException ignored) {
                        // the process is gone; await() says so
                    }
                },
                "compass-child-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static int freePort() {
        return FreePorts.one();
    }

    /** A port whose successor is free too (the in-process broker's controller listens there). */
    static int freePortPair() {
        return FreePorts.pair();
    }

    /** Where the child's output goes. */
    Path log() {
        return log;
    }

    static List<String> lines(Path file, String prefix) throws IOException {
        List<String> ids = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(prefix + " ")) {
                    ids.add(line.substring(prefix.length() + 1).split(" ")[0]);
                }
            }
        }
        return ids;
    }
}
