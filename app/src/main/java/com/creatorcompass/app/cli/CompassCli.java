package com.creatorcompass.app.cli;

import com.creatorcompass.contracts.CommandRejectedException;
import java.io.PrintWriter;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code compass <command> [args]} (picocli: parsing, help, exit codes, shell completion). A command
 * that works on the store runs the application without its web server against the configured (or
 * the demo's embedded) database; {@code parse-page} needs none and starts none. Exit codes: 0 done,
 * 1 refused, 2 misused.
 */
@Command(
        name = "compass",
        mixinStandardHelpOptions = true,
        version = "Creator Compass 0.1.0",
        description = "Follow TikTok creators over time. Without a command the service starts "
                + "(the demo, unless --spring.profiles.active=prod).",
        subcommands = {
            StoreCommands.Track.class,
            StoreCommands.Untrack.class,
            StoreCommands.RecordSnapshot.class,
            StoreCommands.Import.class,
            ParsePage.class,
            StoreCommands.Events.class,
            StoreCommands.Status.class,
            StoreCommands.Replay.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class CompassCli {

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;

    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** Whether {@code args} name a command rather than the service's own options ({@code --spring.x=y}). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || HELP_OPTIONS.contains(args[0]));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli =
                new CommandLine(new CompassCli()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        cli.getSubcommands()
                .get("generate-completion")
                .getCommandSpec()
                .usageMessage()
                .hidden(false);
        // The domain's refusals are answers, not crashes: said in one line, exit 1.
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof CommandRejectedException rejected) {
                command.getErr().println("refused (" + rejected.rejection() + "): " + rejected.getMessage());
                return REJECTED;
            }
            throw error;
        });
        return cli;
    }
}
