package com.creatorcompass.bench;

import java.util.Arrays;

/** {@code java -jar bench/target/bench.jar <benchmark> [options]}; see docs/performance.md. */
public final class Benchmarks {

    private Benchmarks() {
    }

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
            case "replay" -> ReplayBenchmark.run(BenchOptions.parse(options), BenchOptions.parse(options).events());
            case "stream" -> StreamBenchmark.run(BenchOptions.parse(options));
            case "api" -> ApiBenchmark.run(BenchOptions.parse(options), BenchOptions.parse(options).rate());
            case "recommend" -> RecommendationBenchmark.run(BenchOptions.parse(options));
            case "all" -> {
                IngestBenchmark.run(BenchOptions.parse(options));
                ScrapeBenchmark.run(BenchOptions.parse(options));
                ReplayBenchmark.run(BenchOptions.parse(options), BenchOptions.parse(options).events());
                StreamBenchmark.run(BenchOptions.parse(options));
                ApiBenchmark.run(BenchOptions.parse(options), BenchOptions.parse(options).rate());
                RecommendationBenchmark.run(BenchOptions.parse(options));
            }
            default -> {
                System.err.println("unknown benchmark '" + which + "'; known: ingest, scrape, replay, stream, api, recommend, all");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
