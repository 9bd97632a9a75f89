package dev.npmmcp.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: finds the operation, counts it, applies injected faults, runs the handler under the state lock, and
 * reports the exchange to listeners. Routing follows express: a trailing slash is ignored, OPTIONS is a CORS 204, a
 * path no route takes is a 404 naming the path.
 */
final class HttpFront implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
    /** How long NPM's "no answer" cases hold the connection before the simulator drops it. */
    private static final Duration NO_ANSWER_LIMIT = Duration.ofSeconds(30);

    private final SimState state;
    private final List<Route> routes;
    private final Faults faults;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final List<Consumer<SimExchange>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    /** Connections (by the client's address and port) seen since the last reload, and those a reload closed. */
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private final Set<String> closedByReload = ConcurrentHashMap.newKeySet();

    HttpFront(SimState state, List<Route> routes, Faults faults) {
        this.state = state;
        this.routes = routes.stream().sorted(Comparator.comparingInt(Route::literalCount).reversed()).toList();
        this.faults = faults;
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    void addListener(Consumer<SimExchange> listener) {
        listeners.add(listener);
    }

    void close() {
        closing.countDown();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!rawPath.equals("/api") && !rawPath.startsWith("/api/")) {
                send(exchange, Reply.json(404, Json.object().put("error", "not the NPM API")));
                return;
            }
            String connection = String.valueOf(exchange.getRemoteAddress());
            if (faults.reloadClosesConnections() && closedByReload.remove(connection)) {
                // nginx closed this connection on its last reload: the request never reaches NPM
                throw new IOException("simulated: connection closed by an nginx reload");
            }
            open.add(connection);
            String path = normalise(rawPath.substring(4));
            if (method.equals("OPTIONS")) {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET,PUT,POST,DELETE,OPTIONS");
                send(exchange, Reply.empty(204));
                return;
            }
            List<String> segments = segments(path);
            List<Route> matching = routes.stream().filter(r -> r.match(method, segments).isPresent()).toList();
            String operationId = matching.isEmpty() ? "unknown" : matching.getFirst().operationId();
            counts.merge(operationId, 1, Integer::sum);
            Optional<Fault> fault = faults.take(operationId);
            Reply reply;
            if (fault.isPresent() && !(fault.get() instanceof Fault.Delay || fault.get() instanceof Fault.AnswerLost)) {
                reply = faulted(path, fault.get());
            } else {
                fault.filter(Fault.Delay.class::isInstance).ifPresent(f -> pause(((Fault.Delay) f).delay()));
                Optional<Route> route = matching.stream().filter(r -> r.available().test(state.profile)).findFirst();
                reply = route.map(r -> run(exchange, method, path, rawQuery, body, r, segments))
                        .orElseGet(() -> ErrorReply.of(state, path, NpmError.of(404,
                                state.profile.notFoundPrefix() + path)));
            }
            if (fault.isPresent() && fault.get() instanceof Fault.AnswerLost) {
                throw new IOException("simulated: " + operationId + " done, its answer lost");
            }
            if (reply.noAnswer()) {
                waitForClose(reply);
                // HttpServer drops the connection, without a response, when its handler throws.
                throw new IOException("simulated: no answer for " + operationId);
            }
            String requestText = new String(body, StandardCharsets.UTF_8);
            SimExchange record = new SimExchange(operationId, method, path, rawQuery,
                    body.length == 0 ? Optional.empty() : Optional.of(requestText), reply.status(), reply.text());
            // listeners hear of the exchange before the client gets its answer, so a test that has its answer can
            // rely on the listener having seen it
            listeners.forEach(listener -> listener.accept(record));
            send(exchange, reply);
            if (faults.reloadClosesConnections() && !method.equals("GET") && reply.status() < 300) {
                // this connection too: its answer is out, and the reload closes it while it sits idle
                closedByReload.addAll(open);
                open.clear();
            }
        }
    }

    private void waitForClose(Reply reply) {
        if (reply.status() == 0) {
            try {
                closing.await(NO_ANSWER_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Reply faulted(String path, Fault fault) {
        return switch (fault) {
            case Fault.Status status -> ErrorReply.of(state, path, NpmError.of(status.status(), status.message()));
            case Fault.InvalidJson ignored -> Reply.bytes(200, "application/json; charset=utf-8",
                    "{\"broken\": <html>".getBytes(StandardCharsets.UTF_8), Map.of());
            case Fault.ConnectionReset ignored -> new Reply(-1, "", new byte[0], Map.of(), true);
            case Fault.Delay ignored -> throw new IllegalStateException("delays run before the operation");
            case Fault.AnswerLost ignored -> throw new IllegalStateException("a lost answer runs the operation");
            case Fault.NginxPage page -> nginxPage(page);
        };
    }

    private static Reply nginxPage(Fault.NginxPage page) {
        String title = page.status() + " " + (page.status() == 429 ? "Too Many Requests" : "Bad Gateway");
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        Map<String, String> headers = page.retryAfter()
                .map(wait -> Map.of("Retry-After", Long.toString(wait.toSeconds())))
                .orElse(Map.of());
        return Reply.bytes(page.status(), "text/html", html.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply run(HttpExchange exchange, String method, String path, String rawQuery, byte[] body, Route route,
            List<String> segments) {
        Call call = new Call(state, method, path, query(rawQuery), body,
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), route, segments);
        state.lock.lock();
        try {
            return route.handler().handle(call);
        } catch (NpmError error) {
            return ErrorReply.of(state, path, error);
        } catch (RuntimeException e) {
            LOG.warn("simulator handler for {} failed", route.operationId(), e);
            return ErrorReply.of(state, path, NpmError.internal());
        } finally {
            state.lock.unlock();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (!reply.contentType().isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean noBody = reply.body().length == 0;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private static String normalise(String path) {
        String result = path.isEmpty() ? "/" : path;
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static List<String> segments(String path) {
        if (path.equals("/")) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Arrays.stream(path.substring(1).split("/")).forEach(s -> result.add(URLDecoder.decode(s,
                StandardCharsets.UTF_8)));
        return result;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.putIfAbsent(name, value);
        }
        return result;
    }
}
