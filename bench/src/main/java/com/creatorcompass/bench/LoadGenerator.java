package com.creatorcompass.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * The API benchmark's load, in its own JVM so that the app's JVM is measured alone. Runs the phases
 * it is given one after the other and prints one {@code RESULT} line per phase. A phase either offers
 * a fixed rate (latency counted from each request's scheduled start, so a stall is not hidden) or,
 * at rate 0, keeps 8 requests in flight to find the most the server answers.
 *
 * <p>{@code LoadGenerator PORT TOKEN_FILE QUERY_FILE CREATORS phase...} (the token file: one access token
 * per line, each request signed in as the next), a phase being
 * {@code label,path,cold|warm|asof,rate,seconds}: cold asks for a different creator every request,
 * warm for the same 100 in turn, asof for one creator at a different past day every request (the
 * replay page's slider). Cold and as-of requests also carry a variable the operation does not declare
 * (GraphQL ignores it) and no two requests share: no answer kept in memory ever serves them, so they
 * measure the read path; warm requests are the ones a kept answer can serve.
 */
public final class LoadGenerator {

    static final int WARM_CREATORS = 100;
    static final int SATURATING_CLIENTS = 8;
    /** The variable that makes every cold or as-of request one of a kind. */
    static final String UNCACHED = "uncachedRequest";

    record Phase(String label, String path, String mode, int rate, int seconds) {
        static Phase parse(String spec) {
            String[] parts = spec.split(",");
            return new Phase(parts[0], parts[1], parts[2], Integer.parseInt(parts[3]), Integer.parseInt(parts[4]));
        }
    }

    private final int port;
    private final List<String> tokens;
    private final String query;
    private final List<Integer> order;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger uncached = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;

    private LoadGenerator(int port, List<String> tokens, String query, int creators, ExecutorService pool) {
        this.port = port;
        this.tokens = tokens;
        this.query = query;
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < creators; i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, new java.util.Random(3));
        this.order = shuffled;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(pool)
                .build();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        LoadGenerator generator = new LoadGenerator(
                Integer.parseInt(args[0]),
                Files.readAllLines(Path.of(args[1])).stream()
                        .filter(line -> !line.isBlank())
                        .toList(),
                Files.readString(Path.of(args[2])),
                Integer.parseInt(args[3]),
                pool);
        for (String spec : Arrays.copyOfRange(args, 4, args.length)) {
            Phase phase = Phase.parse(spec);
            System.out.println(phase.rate() == 0 ? generator.saturate(phase) : generator.offer(phase));
            System.out.flush();
        }
        pool.shutdownNow();
        System.exit(0);
    }

    /** What one request asks: the dashboard's variables as the web UI sends them (the last 90 days, by day). */
    private byte[] body(Phase phase, int step) throws IOException {
        Map<String, Object> variables = new LinkedHashMap<>();
        int creator = switch (phase.mode()) {
            case "warm" -> order.get(step % WARM_CREATORS);
            case "asof" -> order.get(0);
            default -> order.get(WARM_CREATORS + Math.floorMod(next.getAndIncrement(), order.size() - WARM_CREATORS));
        };
        variables.put("handle", "bench.creator." + creator);
        if (!phase.mode().equals("warm")) {
            variables.put(UNCACHED, uncached.getAndIncrement());
        }
        if (phase.mode().equals("asof")) {
            // As the replay page asks: the end of a day, with the 90 days of growth up to it.
            java.time.LocalDate day =
                    java.time.LocalDate.parse(ApiSeed.LAST_DAY).minusDays(step % 180);
            variables.put(
                    "asOf",
                    day.atTime(23, 59, 59).toInstant(java.time.ZoneOffset.UTC).toString());
            variables.put("from", day.minusDays(89).toString());
            variables.put("to", day.toString());
        } else {
            variables.put(
                    "from",
                    java.time.LocalDate.parse(ApiSeed.LAST_DAY).minusDays(89).toString());
            variables.put("to", ApiSeed.LAST_DAY);
            variables.put("granularity", "DAY");
        }
        return json.writeValueAsBytes(Map.of("query", query, "variables", variables));
    }

    /** A request answered well: 200, no errors, the creator asked for in the answer. */
    private CompletableFuture<Long> request(Phase phase, int step) {
        try {
            byte[] body = body(phase, step);
            String handle = json.readTree(body).path("variables").path("handle").asText();
            return http.sendAsync(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + phase.path()))
                                    .header("Authorization", "Bearer " + tokens.get(step % tokens.size()))
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json")
                                    .header("Accept-Encoding", "gzip")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> {
                        String text = text(response);
                        boolean ok = response.statusCode() == 200
                                && !text.contains("\"errors\"")
                                && text.contains("\"handle\":\"" + handle + "\"");
                        return ok ? (long) response.body().length : -1L;
                    });
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        boolean gzip = response.headers()
                .firstValue("Content-Encoding")
                .map(encoding -> encoding.equalsIgnoreCase("gzip"))
                .orElse(false);
        if (!gzip) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private String offer(Phase phase) throws InterruptedException {
        int total = phase.rate() * phase.seconds();
        long interval = 1_000_000_000L / phase.rate();
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int slot = i;
            inFlight.add(request(phase, i).handle((size, failure) -> {
                latencies[slot] = System.nanoTime() - scheduled;
                if (failure != null || size < 0) {
                    errors.incrementAndGet();
                } else {
                    bytes.addAndGet(size);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(phase.label() + ": p99 (ms) by 5 s of schedule: " + windowed(latencies, phase.rate() * 5));
        Arrays.sort(latencies);
        return String.format(
                Locale.ROOT,
                "RESULT %s %d %.3f %.3f %.3f %.3f %d %d",
                phase.label(),
                total,
                total / seconds,
                latencies[total / 2] / 1e6,
                latencies[total * 99 / 100] / 1e6,
                latencies[total - 1] / 1e6,
                errors.get(),
                total - errors.get() == 0 ? 0 : bytes.get() / (total - errors.get()));
    }

    /** Where in a phase its tail lies: the p99 of each window of requests, in the order they were sent. */
    private static String windowed(long[] latencies, int window) {
        List<String> p99s = new ArrayList<>();
        for (int from = 0; from < latencies.length; from += window) {
            long[] part = Arrays.copyOfRange(latencies, from, Math.min(latencies.length, from + window));
            Arrays.sort(part);
            p99s.add(String.format(Locale.ROOT, "%.1f", part[part.length * 99 / 100] / 1e6));
        }
        return String.join(", ", p99s);
    }

    private String saturate(Phase phase) {
        long end = System.nanoTime() + phase.seconds() * 1_000_000_000L;
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger step = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(SATURATING_CLIENTS);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int c = 0; c < SATURATING_CLIENTS; c++) {
            clients.add(CompletableFuture.runAsync(
                    () -> {
                        while (System.nanoTime() < end) {
                            Long size = request(phase, step.getAndIncrement())
                                    .exceptionally(failure -> -1L)
                                    .join();
                            if (size >= 0) {
                                done.incrementAndGet(); // answers only: a failed request is not a request served
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    },
                    threads));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
        threads.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(
                Locale.ROOT,
                "RESULT %s %d %.3f 0 0 0 %d 0",
                phase.label(),
                done.get(),
                done.get() / seconds,
                errors.get());
    }
}
