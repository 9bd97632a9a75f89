package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private NpmSimulator sim;
    private Api api;

    @BeforeEach
    void start() {
        sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").start();
        api = new Api(sim).login("admin@example.com", "changeme123");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void shouldApplyStatusFaultTheGivenNumberOfTimes() {
        sim.faults().inject("getProxyHosts", Fault.status(503, "Service Unavailable").times(2));

        assertThat(api.get("/nginx/proxy-hosts").status()).isEqualTo(503);
        assertThat(api.get("/nginx/proxy-hosts").message()).isEqualTo("Service Unavailable");
        assertThat(api.get("/nginx/proxy-hosts").status()).isEqualTo(200);
        assertThat(sim.requestCount("getProxyHosts")).isEqualTo(3);
        assertThat(sim.requestCounts()).containsEntry("requestToken", 1);
    }

    @Test
    void shouldSendInvalidJsonAndDropConnections() {
        sim.faults().inject("getStreams", Fault.invalidJson()).inject("getSettings", Fault.connectionReset().times(2));

        Api.Answer broken = api.get("/nginx/streams");
        assertThat(broken.status()).isEqualTo(200);
        assertThatThrownBy(broken::json).isInstanceOf(UncheckedIOException.class);
        // java.net.http retries an idempotent request once on a dropped connection, hence two resets.
        assertThatThrownBy(() -> api.get("/settings")).isInstanceOf(UncheckedIOException.class);
        assertThat(sim.requestCount("getSettings")).isEqualTo(2);
        assertThat(api.get("/settings").status()).isEqualTo(200);
        sim.faults().clear();
        assertThat(api.get("/nginx/streams").json().isArray()).isTrue();
    }

    @Test
    void shouldDelayThenAnswerNormally() {
        sim.faults().inject("health", Fault.delay(Duration.ofMillis(50)).times(1));
        assertThat(api.get("/").status()).isEqualTo(200);
    }

    @Test
    void shouldReportEveryExchangeToListeners() {
        List<SimExchange> seen = new CopyOnWriteArrayList<>();
        sim.onExchange(seen::add);

        api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");

        assertThat(seen).hasSize(1);
        SimExchange exchange = seen.getFirst();
        assertThat(exchange.operationId()).isEqualTo("create404Host");
        assertThat(exchange.status()).isEqualTo(201);
        assertThat(exchange.requestBody()).contains("{\"domain_names\":[\"gone.test.local\"]}");
        assertThat(exchange.path()).isEqualTo("/nginx/dead-hosts");
    }

    @Test
    void shouldStayConsistentUnderConcurrentWrites() throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = "{\"domain_names\":[\"same.test.local\"]}";
                results.add(pool.submit(() -> api.post("/nginx/dead-hosts", body).status()));
            }
            long created = 0;
            for (Future<Integer> result : results) {
                created += result.get() == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        }
        assertThat(sim.requestCount("create404Host")).isEqualTo(40);
    }
}
