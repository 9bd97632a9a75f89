package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.npmmcp.simulator.contract.ExchangeReplay.Session;
import dev.npmmcp.testing.RecordedExchange;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay's session rules, against a bare HTTP server that hands out numbered tokens and notes what it got. */
class ExchangeReplayTest {

    private HttpServer server;
    private SimClient client;
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger issued = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + (authorization == null ? "-" : authorization.substring("Bearer ".length()))
                    + (body.contains("multipart") || body.contains("BEGIN CERTIFICATE") ? " pem" : ""));
            byte[] answer = exchange.getRequestURI().getPath().equals("/api/tokens")
                    ? ("{\"token\":\"t" + issued.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8)
                    : "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        client = new SimClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void shouldSendEachRequestWithTheTokenTheLogImplies() {
        ExchangeReplay replay = new ExchangeReplay(
                client,
                Map.of(3, new Session.KeepToken("POST /tokens body={\"identity\":\"bob"),
                        5, new Session.ExpiredToken("GET /nginx/proxy-hosts")),
                Map.of(),
                (http, live) -> "expired-" + live.orElseThrow());

        replay.replay(exchange(1, "GET", "/", Optional.empty()));
        replay.replay(exchange(2, "POST", "/tokens", Optional.of("{\"identity\":\"admin@example.com\"}")));
        replay.replay(exchange(3, "POST", "/tokens", Optional.of("{\"identity\":\"bob@example.com\"}")));
        replay.replay(exchange(4, "GET", "/settings", Optional.empty()));
        replay.replay(exchange(5, "GET", "/nginx/proxy-hosts", Optional.empty()));

        assertThat(seen).containsExactly(
                "GET /api/ -", "POST /api/tokens -", "POST /api/tokens t1", "GET /api/settings t1",
                "GET /api/nginx/proxy-hosts expired-t1");
    }

    @Test
    void shouldRunImpliedStepsAndSendCertificatesForMultipartRequests() {
        ExchangeReplay replay = new ExchangeReplay(
                client,
                Map.of(),
                Map.of(1, (http, token, answer) -> http.send("GET", "/implied", token, Optional.empty())),
                (http, live) -> live.orElseThrow());

        replay.replay(exchange(1, "GET", "/first", Optional.empty()));
        replay.replay(exchange(2, "POST", "/nginx/certificates/validate",
                Optional.of("multipart certificate,certificate_key")));

        assertThat(seen).containsExactly("GET /api/first -", "GET /api/implied -",
                "POST /api/nginx/certificates/validate - pem");
    }

    @Test
    void shouldRefuseARuleWrittenForAnotherRequest() {
        ExchangeReplay replay = new ExchangeReplay(
                client, Map.of(1, new Session.KeepToken("POST /tokens")), Map.of(), (http, live) -> "x");

        assertThatThrownBy(() -> replay.replay(exchange(1, "GET", "/users", Optional.empty())))
                .hasMessageContaining("was written for 'POST /tokens'");
    }

    private static RecordedExchange exchange(int number, String method, String target, Optional<String> body) {
        return new RecordedExchange(number, method, target, body, 200, "{}");
    }
}
