package com.creatorcompass.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for TikTok's web pages, on loopback: profiles, videos and the item list endpoint
 * for the creators of a {@link SyntheticWorld}, in today's format, with any {@link Fault} on demand.
 * Every page says it is simulated ({@code <meta name="compass:simulated">}).
 */
public final class StandInSite implements AutoCloseable {

    private static final Pattern PROFILE = Pattern.compile("^/@([A-Za-z0-9._]+)/?$");
    private static final Pattern VIDEO = Pattern.compile("^/@([A-Za-z0-9._]+)/video/(\\d+)/?$");
    private static final Pattern EDIT_BIO = Pattern.compile("^/@([A-Za-z0-9._]+)/edit/?$");
    /** TikTok's limit on a bio. */
    static final int BIO_LENGTH = 80;

    private final SyntheticWorld world;
    private final Supplier<Instant> now;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, FaultPlan> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> profileRequests = new ConcurrentHashMap<>();
    private final Map<String, String> editedBios = new ConcurrentHashMap<>();
    private volatile Duration slowDelay = Duration.ofSeconds(30);
    private volatile Consumer<String> requestListener = path -> {};

    private record FaultPlan(Fault fault, AtomicInteger remaining) {}

    public StandInSite(SyntheticWorld world, Supplier<Instant> now, int port) throws IOException {
        this.world = world;
        this.now = now;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Simulated time that runs {@code speed} times faster than real time from {@code start}. */
    public static Supplier<Instant> acceleratedClock(Instant start, double speed) {
        long realStart = System.nanoTime();
        return () -> start.plusNanos(Math.round((System.nanoTime() - realStart) * speed));
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    public SyntheticWorld world() {
        return world;
    }

    public Instant now() {
        return now.get();
    }

    /** Every profile request for {@code handle} answers with {@code fault} until cleared. */
    public void fault(String handle, Fault fault) {
        faults.put(handle, new FaultPlan(fault, new AtomicInteger(Integer.MAX_VALUE)));
    }

    /** The next {@code times} profile requests for {@code handle} answer with {@code fault}, then pages are normal. */
    public void fault(String handle, Fault fault, int times) {
        faults.put(handle, new FaultPlan(fault, new AtomicInteger(times)));
    }

    public void clearFaults() {
        faults.clear();
    }

    public void slowDelay(Duration delay) {
        this.slowDelay = delay;
    }

    /** Called with each request's path before it is answered (tests use it to act mid-scrape). */
    public void onRequest(Consumer<String> listener) {
        this.requestListener = listener;
    }

    /** The bio {@code handle}'s profile shows from now on, as its owner would set it in TikTok's app. */
    public void editBio(String handle, String bio) {
        if (bio.length() > BIO_LENGTH) {
            throw new IllegalArgumentException("a TikTok bio holds at most " + BIO_LENGTH + " characters");
        }
        editedBios.put(handle.toLowerCase(), bio);
    }

    /** The bio {@code creator}'s profile shows now. */
    public String bio(SyntheticCreator creator) {
        return editedBios.getOrDefault(creator.handle(), creator.bio());
    }

    public int profileRequests(String handle) {
        return profileRequests.getOrDefault(handle, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            requestListener.accept(path);
            Matcher profile = PROFILE.matcher(path);
            Matcher video = VIDEO.matcher(path);
            Matcher editBio = EDIT_BIO.matcher(path);
            if (profile.matches()) {
                profilePage(exchange, profile.group(1).toLowerCase());
            } else if (video.matches()) {
                videoPage(exchange, video.group(1).toLowerCase(), video.group(2));
            } else if (editBio.matches()) {
                editBioPage(exchange, editBio.group(1).toLowerCase());
            } else if (path.equals("/api/post/item_list/")) {
                itemList(exchange, query(uri));
            } else if (path.equals("/static/profile.js")) {
                send(exchange, 200, "application/javascript", resource("/standin/profile.js"));
            } else if (path.equals("/login")) {
                send(exchange, 200, "text/html", Pages.login());
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html", index());
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", "stand-in site error: " + e);
        }
    }

    private void profilePage(HttpExchange exchange, String handle) throws IOException {
        profileRequests.computeIfAbsent(handle, h -> new AtomicInteger()).incrementAndGet();
        Optional<SyntheticCreator> creator = world.creator(handle);
        Fault fault = takeFault(handle);
        if (fault == null && creator.isEmpty()) {
            fault = Fault.NOT_FOUND;
        }
        if (fault == Fault.SLOW) {
            sleep(slowDelay);
            fault = null;
        }
        SyntheticProfile profile =
                creator.map(c -> world.profileAt(c, now.get())).orElse(null);
        String bio = creator.map(this::bio).orElse(null);
        if (fault == null || fault.concernsItemList()) {
            send(exchange, 200, "text/html", Pages.profile(profile, bio, 0, false));
            return;
        }
        switch (fault) {
            case NOT_FOUND -> send(exchange, 200, "text/html", Pages.profile(null, null, 10202, false));
            case BANNED -> send(exchange, 200, "text/html", Pages.profile(null, null, 10221, false));
            case REGION_BLOCKED -> send(exchange, 200, "text/html", Pages.profile(null, null, 10231, false));
            case PRIVATE -> send(exchange, 200, "text/html", Pages.profile(profile, bio, 10222, true));
            case CAPTCHA -> send(exchange, 200, "text/html", Pages.captcha());
            case CHALLENGE -> send(exchange, 200, "text/html", Pages.challenge());
            case LOGIN_WALL -> {
                exchange.getResponseHeaders().add("Location", "/login?redirect_url=%2F%40" + handle);
                send(exchange, 302, "text/html", "");
            }
            case RATE_LIMITED -> send(exchange, 429, "text/plain", "Too Many Requests");
            case MALFORMED_JSON -> send(exchange, 200, "text/html", Pages.malformed(profile));
            case CHANGED_LAYOUT -> send(exchange, 200, "text/html", Pages.changedLayout(profile));
            default -> throw new IllegalStateException("unhandled fault " + fault);
        }
    }

    /** GET: the form; POST (form field {@code bio}): the new bio, then back to the profile. */
    private void editBioPage(HttpExchange exchange, String handle) throws IOException {
        Optional<SyntheticCreator> creator = world.creator(handle);
        if (creator.isEmpty()) {
            send(exchange, 404, "text/plain", "no creator @" + handle + " on the stand-in site");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 200, "text/html", Pages.editBio(handle, bio(creator.get()), null));
            return;
        }
        String form = new String(exchange.getRequestBody().readNBytes(4_096), StandardCharsets.UTF_8);
        String bio = formField(form, "bio").strip();
        if (bio.length() > BIO_LENGTH) {
            send(
                    exchange,
                    400,
                    "text/html",
                    Pages.editBio(
                            handle,
                            bio.substring(0, BIO_LENGTH),
                            "A TikTok bio holds at most " + BIO_LENGTH + " characters."));
            return;
        }
        editBio(handle, bio);
        exchange.getResponseHeaders().add("Location", "/@" + handle);
        send(exchange, 303, "text/html", "");
    }

    private static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private void videoPage(HttpExchange exchange, String handle, String id) throws IOException {
        Optional<SyntheticCreator> creator = world.creator(handle);
        Optional<SyntheticVideo> video = creator.flatMap(c -> world.videosAt(c, now.get()).stream()
                .filter(v -> v.id().equals(id))
                .findFirst());
        send(
                exchange,
                200,
                "text/html",
                Pages.video(creator.orElse(null), video.orElse(null), video.isPresent() ? 0 : 10204));
    }

    private void itemList(HttpExchange exchange, Map<String, String> query) throws IOException {
        String secUid = query.getOrDefault("secUid", "");
        Optional<SyntheticCreator> creator =
                world.creators().stream().filter(c -> c.secUid().equals(secUid)).findFirst();
        if (creator.isEmpty()) {
            send(exchange, 200, "application/json", "{\"statusCode\":10202,\"itemList\":[],\"hasMore\":false}");
            return;
        }
        FaultPlan plan = faults.get(creator.get().handle());
        if (plan != null && plan.fault() == Fault.BROKEN_ITEM_LIST && !query.containsKey("aid")) {
            send(exchange, 500, "text/plain", "upstream error");
            return;
        }
        int count = Math.min(35, Math.max(1, Integer.parseInt(query.getOrDefault("count", "30"))));
        int cursor = Integer.parseInt(query.getOrDefault("cursor", "0"));
        List<SyntheticVideo> all = world.videosAt(creator.get(), now.get());
        List<SyntheticVideo> page = all.subList(Math.min(cursor, all.size()), Math.min(cursor + count, all.size()));
        boolean older = plan != null && plan.fault() == Fault.OLDER_ITEM_FORMAT;
        send(
                exchange,
                200,
                "application/json",
                Pages.itemList(creator.get(), page, cursor + count < all.size(), cursor + page.size(), older));
    }

    private Fault takeFault(String handle) {
        FaultPlan plan = faults.get(handle);
        if (plan == null || plan.fault().concernsItemList()) {
            return plan == null ? null : plan.fault();
        }
        return plan.remaining().getAndDecrement() > 0 ? plan.fault() : null;
    }

    private String index() {
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Stand-in TikTok</title>"
                        + Pages.SIMULATED_MARKER + "</head><body><h1>Stand-in TikTok (simulated)</h1><ul>");
        for (SyntheticCreator creator : world.creators()) {
            html.append("<li><a href=\"/@")
                    .append(creator.handle())
                    .append("\">@")
                    .append(creator.handle())
                    .append("</a> (")
                    .append(creator.niche())
                    .append(") · <a href=\"/@")
                    .append(creator.handle())
                    .append("/edit\">edit bio</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new ConcurrentHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StandInSite.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
