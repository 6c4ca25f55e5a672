package com.creatorcompass.app.cli;

import com.creatorcompass.app.CompassApplication;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that read or write the store: each runs the application (no web server) for its one call. */
final class StoreCommands {

    private StoreCommands() {}

    /** Starts the application, runs the command against it, stops it. */
    abstract static class InApplication implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        /** Only a stream replay needs Kafka; other commands do not start or reach a broker. */
        boolean needsKafka() {
            return false;
        }

        abstract int run(CliCommands commands, PrintWriter out, PrintWriter err);

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CompassApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles(needsKafka() ? new String[] {"cli", "cli-kafka"} : new String[] {"cli"})
                    // Beans are made when the command first uses them: a command needs few of the service's.
                    .lazyInitialization(true)
                    .logStartupInfo(false)
                    .run()) {
                return run(
                        context.getBean(CliCommands.class),
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "track", description = "start following a TikTok handle")
    static final class Track extends InApplication {
        @Parameters(paramLabel = "HANDLE")
        String handle;

        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return commands.track(handle, out);
        }
    }

    @Command(name = "untrack", description = "stop following it (its history stays)")
    static final class Untrack extends InApplication {
        @Parameters(paramLabel = "HANDLE")
        String handle;

        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return commands.untrack(handle, out, err);
        }
    }

    @Command(name = "record-snapshot", description = "record one scrape, or an array of them (backfills, imports)")
    static final class RecordSnapshot extends InApplication {
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return commands.recordSnapshots(file, out, err);
        }
    }

    @Command(name = "import", description = "record a saved profile page (.html) or a scrape file (.json)")
    static final class Import extends InApplication {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return commands.importFile(file, out, err);
        }
    }

    @Command(name = "events", description = "print that creator's events, oldest first")
    static final class Events extends InApplication {
        @Parameters(paramLabel = "HANDLE")
        String handle;

        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return commands.printEvents(handle, out, err);
        }
    }

    @Command(name = "status", description = "how far each projection is behind the event store")
    static final class Status extends InApplication {
        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return commands.status(out);
        }
    }

    @Command(
            name = "replay",
            description =
                    "rebuild the warehouse or recompute the stream series beside the live ones, switch, print the checksums")
    static final class Replay extends InApplication {

        enum What {
            WAREHOUSE,
            STREAMS
        }

        @Parameters(
                paramLabel = "warehouse|streams",
                arity = "0..1",
                defaultValue = "WAREHOUSE",
                description = {
                    "warehouse (the default): rebuild the warehouse projection from the event store",
                    "streams: recompute every stream series from the first event as a new stream generation"
                })
        What what;

        @Override
        boolean needsKafka() {
            return what == What.STREAMS;
        }

        @Override
        int run(CliCommands commands, PrintWriter out, PrintWriter err) {
            return what == What.STREAMS ? commands.replayStreams(out, err) : commands.replayWarehouse(out, err);
        }
    }
}
