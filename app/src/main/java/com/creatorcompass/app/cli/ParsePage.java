package com.creatorcompass.app.cli;

import com.creatorcompass.json.CompassJson;
import com.creatorcompass.scraper.page.PageReading;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads a saved page and prints what it holds: no application, no database, nothing written. */
@Command(name = "parse-page", description = "print what a saved page holds, or why it holds no snapshot")
final class ParsePage implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a saved TikTok page (.html) or the JSON a tool saved from one")
    Path file;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        PageFiles.Read read = PageFiles.readOrExplain(file, err);
        if (read == null) {
            return CompassCli.USAGE;
        }
        spec.commandLine()
                .getOut()
                .println(CompassJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(read.reading()));
        return read.reading() instanceof PageReading.Failure ? CompassCli.REJECTED : CompassCli.OK;
    }
}
