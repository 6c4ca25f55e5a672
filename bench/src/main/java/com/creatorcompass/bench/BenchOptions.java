package com.creatorcompass.bench;

/** {@code --seconds=20 --threads=<cores> --creators=64 --videos=30 --events=1000000 --rate=200}. */
record BenchOptions(int seconds, int threads, int creators, int videos, int events, int rate) {

    static BenchOptions parse(String[] args) {
        int seconds = 20;
        int threads = Runtime.getRuntime().availableProcessors();
        int creators = 64;
        int videos = 30;
        int events = 1_000_000;
        int rate = 200;
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            int value = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "seconds" -> seconds = value;
                case "threads" -> threads = value;
                case "creators" -> creators = value;
                case "videos" -> videos = value;
                case "events" -> events = value;
                case "rate" -> rate = value;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(seconds, threads, creators, videos, events, rate);
    }
}
