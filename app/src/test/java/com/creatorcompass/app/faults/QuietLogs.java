package com.creatorcompass.app.faults;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The servers a fault test runs in its own process (broker, PostgreSQL) log without the app's configuration. */
final class QuietLogs {

    private QuietLogs() {}

    static void of(String... loggers) {
        for (String logger : loggers) {
            ((Logger) LoggerFactory.getLogger(logger)).setLevel(Level.WARN);
        }
    }
}
