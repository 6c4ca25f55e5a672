package com.creatorcompass.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself, in process: what each misuse gets, and the command that needs no application. */
class CompassCliTest {

    @TempDir
    Path work;

    record Run(int exit, String out, String err) {}

    static Run compass(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CompassCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void help_lists_every_command_and_exits_0() {
        Run help = compass("help");
        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains(
                        "Usage: compass",
                        "track",
                        "untrack",
                        "record-snapshot",
                        "import",
                        "parse-page",
                        "events",
                        "status",
                        "replay",
                        "generate-completion");
        assertThat(compass("--help").out()).isEqualTo(help.out());
        assertThat(compass("help", "replay").out())
                .contains("Usage: compass replay [warehouse|streams]", "streams: recompute");
    }

    @Test
    void an_unknown_command_a_missing_argument_and_a_bad_choice_are_misuse_exit_2() {
        Run unknown = compass("follow", "ana");
        assertThat(unknown.exit()).isEqualTo(CompassCli.USAGE);
        assertThat(unknown.err()).contains("Unmatched arguments from index 0: 'follow', 'ana'");
        Run missing = compass("track");
        assertThat(missing.exit()).isEqualTo(CompassCli.USAGE);
        assertThat(missing.err()).contains("Missing required parameter: 'HANDLE'", "Usage: compass track HANDLE");
        Run extra = compass("events", "ana", "bella");
        assertThat(extra.exit()).isEqualTo(CompassCli.USAGE);
        assertThat(extra.err()).contains("Unmatched argument at index 2: 'bella'");
        Run choice = compass("replay", "everything");
        assertThat(choice.exit()).isEqualTo(CompassCli.USAGE);
        assertThat(choice.err())
                .contains(
                        "expected one of [WAREHOUSE, STREAMS]",
                        "but was 'everything'",
                        "Usage: compass replay [warehouse|streams]");
    }

    @Test
    void parse_page_reads_a_saved_page_without_the_application() throws Exception {
        Path page = Files.writeString(work.resolve("saved.html"), CliIT.SAVED_PAGE);

        Run parsed = compass("parse-page", page.toString());

        assertThat(parsed.exit()).as(parsed.err()).isZero();
        assertThat(parsed.out())
                .contains("\"handle\" : \"saved.page\"", "\"value\" : 68259", "\"precision\" : \"EXACT\"");
    }

    @Test
    void parse_page_explains_a_page_without_a_snapshot_exit_1_and_a_missing_file_exit_2() throws Exception {
        Path challenge = Files.writeString(
                work.resolve("challenge.html"),
                "<html><head><title>Please wait...</title></head>"
                        + "<body><div id=\"cs\"><div id=\"wci\">Please wait…</div></div></body></html>");

        Run blocked = compass("parse-page", challenge.toString());
        Run missing = compass("parse-page", work.resolve("nothing.html").toString());

        assertThat(blocked.exit()).isEqualTo(CompassCli.REJECTED);
        assertThat(blocked.out()).contains("\"reason\" : \"CAPTCHA\"", "a JavaScript challenge page");
        assertThat(missing.exit()).isEqualTo(CompassCli.USAGE);
        assertThat(missing.err()).contains("no such file: ");
    }

    @Test
    void completion_for_bash_and_zsh_is_generated() {
        Run completion = compass("generate-completion");
        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_compass", "parse-page", "record-snapshot");
    }

    @Test
    void the_services_own_options_are_no_command() {
        assertThat(CompassCli.isCommand(new String[] {"--spring.profiles.active=prod"}))
                .isFalse();
        assertThat(CompassCli.isCommand(new String[] {})).isFalse();
        assertThat(CompassCli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(CompassCli.isCommand(new String[] {"track", "ana"})).isTrue();
    }
}
