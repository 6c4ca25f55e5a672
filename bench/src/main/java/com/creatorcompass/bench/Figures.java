package com.creatorcompass.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline figure of each benchmark beside the baseline it was measured against in the same run,
 * collected as the benchmarks print them, and written by {@code all --write=docs/performance.md} as
 * the table between that file's markers.
 */
final class Figures {

    static final String START = "<!-- bench all: table start -->";
    static final String END = "<!-- bench all: table end -->";

    /** {@code higherIsBetter}: for a throughput the ratio is figure / baseline; for a latency, baseline / figure. */
    record Figure(
            String benchmark,
            String figure,
            double value,
            String baseline,
            double baselineValue,
            String unit,
            boolean higherIsBetter) {
        double ratio() {
            return higherIsBetter ? value / baselineValue : baselineValue / value;
        }
    }

    private static final List<Figure> FIGURES = new ArrayList<>();

    private Figures() {}

    static synchronized void add(
            String benchmark,
            String figure,
            double value,
            String baseline,
            double baselineValue,
            String unit,
            boolean higherIsBetter) {
        FIGURES.add(new Figure(benchmark, figure, value, baseline, baselineValue, unit, higherIsBetter));
    }

    static synchronized List<Figure> all() {
        return List.copyOf(FIGURES);
    }

    /** The markdown table with the machine it was measured on. */
    static String table(List<Figure> figures) {
        StringBuilder out = new StringBuilder();
        out.append("Measured ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(" on ")
                .append(machine())
                .append(".\n\n");
        out.append("| benchmark | figure | value | baseline (same run) | baseline value | ratio |\n");
        out.append("|---|---|---:|---|---:|---:|\n");
        for (Figure f : figures) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s %s | %s | %s %s | %s |%n",
                    f.benchmark(),
                    f.figure(),
                    number(f.value()),
                    f.unit(),
                    f.baseline(),
                    number(f.baselineValue()),
                    f.unit(),
                    ratio(f.ratio())));
        }
        out.append(
                "\nRatio: the figure over its baseline for a rate, the baseline over the figure for a latency; 1.00 is as good as the baseline.\n");
        return out.toString();
    }

    /** Replaces what lies between the markers of {@code file} with the table. */
    static void write(Path file, List<Figure> figures) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IOException(
                    file + " has no '" + START + "' ... '" + END + "' markers to write the table between");
        }
        Files.writeString(
                file, text.substring(0, start + START.length()) + "\n" + table(figures) + text.substring(end));
    }

    static String machine() {
        String cpu = "unknown CPU";
        long memoryKb = -1;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException notLinux) {
            // the defaults say so
        }
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %d GiB, Java %s, %s %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                Math.round(memoryKb / 1024.0 / 1024.0),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                ManagementFactory.getOperatingSystemMXBean().getVersion());
    }

    /** Two decimals, or three significant digits below 0.1, so a small ratio does not print as 0.00. */
    static String ratio(double ratio) {
        return ratio >= 0.1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "%.3g", ratio);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
