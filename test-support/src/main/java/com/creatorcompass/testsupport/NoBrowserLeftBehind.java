package com.creatorcompass.testsupport;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every browser and driver a test run started is gone when the run ends. Spring closes its cached
 * contexts (and their browser pools) only in the JVM's shutdown hook, which the build may cut short,
 * and a test that fails half-way may never quit its driver: the processes would outlive the run.
 * Registered for every module whose tests use test-support (a JUnit launcher-session listener).
 */
public final class NoBrowserLeftBehind implements LauncherSessionListener {

    private static final Set<String> BROWSERS = Set.of("chromedriver", "chromium", "chrome");

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        endAll(System.err);
    }

    /** Ends this JVM's browser and driver descendants, saying which; answers what was ended. */
    static List<ProcessHandle> endAll(PrintStream log) {
        List<ProcessHandle> left = ProcessHandle.current()
                .descendants()
                .filter(NoBrowserLeftBehind::isBrowser)
                .toList();
        for (ProcessHandle process : left) {
            log.println("test run ended with " + process.info().command().orElse("?") + " (pid " + process.pid()
                    + ") running: ended");
            process.destroyForcibly();
        }
        for (ProcessHandle process : left) {
            process.onExit()
                    .orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(timeout -> process)
                    .join();
        }
        return left;
    }

    private static boolean isBrowser(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.substring(command.lastIndexOf('/') + 1))
                .map(BROWSERS::contains)
                .orElse(false);
    }
}
