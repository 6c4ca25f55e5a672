package com.creatorcompass.bench;

import java.nio.file.Path;
import java.util.Arrays;

/** {@code java -jar bench/target/bench.jar <benchmark> [options]}; see docs/performance.md. */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        // jOOQ prints a banner and a tip of the day at start unless told not to.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String which = args.length == 0 ? "ingest" : args[0];
        String[] options = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (which) {
            case "ingest" -> IngestBenchmark.run(BenchOptions.parse(options));
            case "scrape" -> ScrapeBenchmark.run(BenchOptions.parse(options));
            case "replay" ->
                ReplayBenchmark.run(
                        BenchOptions.parse(options), BenchOptions.parse(options).events());
            case "stream" -> StreamBenchmark.run(BenchOptions.parse(options));
            case "api" ->
                ApiBenchmark.run(
                        BenchOptions.parse(options), BenchOptions.parse(options).rate());
            case "recommend" -> RecommendationBenchmark.run(BenchOptions.parse(options));
            case "all" -> {
                // --write=FILE: the table of every figure goes between FILE's markers (docs/performance.md).
                Path write = Arrays.stream(options)
                        .filter(o -> o.startsWith("--write="))
                        .map(o -> Path.of(o.substring(8)))
                        .findFirst()
                        .orElse(null);
                String[] rest = Arrays.stream(options)
                        .filter(o -> !o.startsWith("--write="))
                        .toArray(String[]::new);
                IngestBenchmark.run(BenchOptions.parse(rest));
                ScrapeBenchmark.run(BenchOptions.parse(rest));
                ReplayBenchmark.run(
                        BenchOptions.parse(rest), BenchOptions.parse(rest).events());
                StreamBenchmark.run(BenchOptions.parse(rest));
                ApiBenchmark.run(
                        BenchOptions.parse(rest), BenchOptions.parse(rest).rate());
                RecommendationBenchmark.run(BenchOptions.parse(rest));
                System.out.println();
                System.out.print(Figures.table(Figures.all()));
                if (write != null) {
                    Figures.write(write, Figures.all());
                    System.out.println("written to " + write);
                }
            }
            default -> {
                System.err.println("unknown benchmark '" + which
                        + "'; known: ingest, scrape, replay, stream, api, recommend, all");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
