package com.creatorcompass.app.cli;

import com.creatorcompass.app.CompassApplication;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code compass <command> [args]}: the same application without its web server, running one
 * command against the configured (or the demo's embedded) database.
 */
public final class CompassCli {

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: compass <command> [arguments]

              track HANDLE               start following a TikTok handle
              untrack HANDLE             stop following it (its history stays)
              record-snapshot FILE.json  record one scrape, or an array of them (backfills, imports)
              import FILE                record a saved profile page (.html) or a scrape file (.json)
              parse-page FILE            print what a saved page holds, or why it holds no snapshot
              events HANDLE              print that creator's events, oldest first
              status                     how far each projection is behind the event store
              replay [warehouse]         rebuild the warehouse from the event store beside the live one,
                                         switch, and print the checksums before and after
              replay streams             recompute every stream series from the first event as a new
                                         stream generation, switch, and print the checksums
              help                       this text

            Without a command the service starts (the demo, unless --spring.profiles.active=prod).
            """;

    private static final Set<String> COMMANDS = Set.of("track", "untrack", "record-snapshot", "import", "parse-page", "events", "replay", "status", "help");

    private CompassCli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    private static boolean needsKafka(String[] args) {
        return args[0].equals("replay") && args.length > 1 && args[1].equals("streams");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (!COMMANDS.contains(args[0]) || args[0].equals("help")) {
            (args[0].equals("help") ? out : err).print(USAGE_TEXT);
            return args[0].equals("help") ? OK : USAGE;
        }
        String[] arguments = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.NONE)
                // Only a stream replay needs Kafka; other commands do not start or reach a broker.
                .profiles(needsKafka(args) ? new String[] {"cli", "cli-kafka"} : new String[] {"cli"})
                .logStartupInfo(false)
                .run()) {
            return context.getBean(CliCommands.class).execute(args[0], arguments, out, err);
        }
    }
}
