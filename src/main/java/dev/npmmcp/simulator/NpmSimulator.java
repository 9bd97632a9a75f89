package dev.npmmcp.simulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A stateful Nginx Proxy Manager API on loopback, for contract tests, end-to-end tests and {@code serve --demo}. It
 * answers all 68 operations of NPM 2.15 under {@code /api}, with the status codes, error texts and quirks NPM has, and
 * imitates 2.10, 2.12 and 2.13 where they differ ({@link NpmProfile}).
 *
 * <p>Credentials: up to 2.12 NPM ships {@code admin@example.com} / {@code changeme}; from 2.13 a new install has no
 * user until the first {@code POST /users} (or {@link Builder#admin}). {@link SimulatorSeed#DEMO} uses
 * {@code admin@example.com} / {@code changeme} on every version unless {@link Builder#admin} names another admin.
 *
 * <pre>{@code
 * try (NpmSimulator sim = NpmSimulator.builder().profile(NpmProfile.V2_15).seed(SimulatorSeed.DEMO).start()) {
 *     URI api = sim.baseUri().resolve("/api/");
 * }
 * }</pre>
 */
public final class NpmSimulator implements AutoCloseable {

    /** The demo and pre-2.13 default admin. */
    public static final String DEFAULT_ADMIN_EMAIL = "admin@example.com";

    public static final String DEFAULT_ADMIN_PASSWORD = "changeme";

    private final SimState state;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpFront front;
    private final Faults faults;
    private final URI baseUri;
    private final List<HttpServer> frontDoors;

    private NpmSimulator(SimState state, HttpServer server, ExecutorService executor, HttpFront front, Faults faults,
            URI baseUri, List<HttpServer> frontDoors) {
        this.state = state;
        this.server = server;
        this.executor = executor;
        this.front = front;
        this.faults = faults;
        this.baseUri = baseUri;
        this.frontDoors = frontDoors;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http(s)://127.0.0.1:PORT}; the API is under {@code /api}. */
    public URI baseUri() {
        return baseUri;
    }

    public NpmProfile profile() {
        return state.profile;
    }

    /**
     * The port of NPM's front door over plain HTTP (nginx's port 80), when the simulator was built with one: proxy
     * hosts served by name, as NPM last rendered them (see {@link Builder#frontDoor}).
     */
    public Optional<Integer> frontDoorHttpPort() {
        return frontDoors.stream().filter(s -> !(s instanceof HttpsServer)).findFirst()
                .map(s -> s.getAddress().getPort());
    }

    /** The front door over HTTPS (nginx's port 443), when the simulator was given a TLS context for it. */
    public Optional<Integer> frontDoorHttpsPort() {
        return frontDoors.stream().filter(s -> s instanceof HttpsServer).findFirst()
                .map(s -> s.getAddress().getPort());
    }

    /** How many requests reached this operation (by NPM's operationId), faulted ones included. */
    public int requestCount(String operationId) {
        return front.counts().getOrDefault(operationId, 0);
    }

    public Map<String, Integer> requestCounts() {
        return front.counts();
    }

    public Faults faults() {
        return faults;
    }

    /** Called after each answered request, on the request's thread. */
    public void onExchange(Consumer<SimExchange> listener) {
        front.addListener(Objects.requireNonNull(listener));
    }

    /**
     * Turns on 2FA for a user, as if they had confirmed setup: {@code POST /tokens} then answers with a challenge.
     *
     * @return the base32 TOTP secret (SHA-1, 30 s, 6 digits)
     */
    public String enableTwoFactor(String email) {
        if (!state.profile.twoFactor()) {
            throw new IllegalStateException("NPM " + state.profile.release() + " has no 2FA");
        }
        state.lock.lock();
        try {
            int id = Users.byEmail(state, email)
                    .orElseThrow(() -> new IllegalArgumentException("no user " + email))
                    .get("id").asInt();
            return TwoFactor.enableFor(state, id);
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * The access list whose rules nginx really applies to a proxy host, as NPM last wrote its config: empty for a host
     * that is disabled, missing or has no list, and also for one that NPM enabled (which drops the rules from the
     * config while {@code GET} still shows {@code access_list_id}). What a request through NPM's front door would show.
     */
    public java.util.OptionalInt accessRulesInForce(int proxyHostId) {
        state.lock.lock();
        try {
            return state.proxyHosts.find(proxyHostId)
                    .filter(host -> host.path("enabled").asBoolean())
                    .filter(host -> !state.accessRulesDropped.contains(proxyHostId))
                    .map(host -> host.path("access_list_id").asInt())
                    .filter(list -> list > 0)
                    .map(java.util.OptionalInt::of)
                    .orElse(java.util.OptionalInt.empty());
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * Gives NPM a new JWT signing key, as a reinstall or a data reset does: every token issued before is then answered
     * with NPM's 500 {@code Internal Error} on every route.
     */
    public void rotateSigningKey() {
        state.lock.lock();
        try {
            state.random.nextBytes(state.signingKey);
        } finally {
            state.lock.unlock();
        }
    }

    @Override
    public void close() {
        front.close();
        frontDoors.forEach(door -> door.stop(0));
        server.stop(0);
        executor.shutdownNow();
    }

    /** Options for a simulator; {@link #start()} binds it to a free loopback port. */
    public static final class Builder {

        private NpmProfile profile = NpmProfile.V2_15;
        private Optional<String> reportedVersion = Optional.empty();
        private Optional<String[]> admin = Optional.empty();
        private SimulatorSeed seed = SimulatorSeed.EMPTY;
        private Optional<Optional<SSLContext>> frontDoor = Optional.empty();
        private Duration tokenLifetime = Duration.ofDays(1);
        private Optional<SSLContext> https = Optional.empty();
        private AcmeMode acme = AcmeMode.ISSUE;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder profile(NpmProfile profile) {
            this.profile = Objects.requireNonNull(profile);
            return this;
        }

        /** What GET /api/ reports (a source build says 2.0.0); by default the profile's release. */
        public Builder reportedVersion(String version) {
            this.reportedVersion = Optional.of(version);
            return this;
        }

        /** Creates this admin at start (replacing the pre-2.13 default admin). */
        public Builder admin(String email, String password) {
            this.admin = Optional.of(new String[] {email, password});
            return this;
        }

        public Builder seed(SimulatorSeed seed) {
            this.seed = Objects.requireNonNull(seed);
            return this;
        }

        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = Objects.requireNonNull(lifetime);
            return this;
        }

        public Builder https(SSLContext context) {
            this.https = Optional.of(context);
            return this;
        }

        public Builder acme(AcmeMode mode) {
            this.acme = Objects.requireNonNull(mode);
            return this;
        }

        /**
         * Also serve NPM's front door (nginx on ports 80 and 443, here on free loopback ports): proxy hosts by name as
         * NPM last rendered them; {@code tls} is the one certificate its HTTPS side presents (none: HTTP only).
         */
        public Builder frontDoor(Optional<SSLContext> tls) {
            this.frontDoor = Optional.of(Objects.requireNonNull(tls));
            return this;
        }

        /** The clock behind timestamps, token expiry and TOTP codes. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public NpmSimulator start() {
            SimState state = new SimState(profile, reportedVersion.orElse(profile.release()), acme, tokenLifetime,
                    clock);
            plantUsers(state);
            Faults faults = new Faults();
            state.routes = allRoutes();
            HttpFront front = new HttpFront(state, state.routes, faults);
            // JDK 21's HttpServer writes an answer's headers and body as two small packets with Nagle's algorithm on,
            // so each answer waits ~40 ms for the client's delayed ACK (demo tool calls: median 52 ms on JDK 21, 9 ms
            // on JDK 25). The switch is read when the JVM's first HttpServer starts; this program has no other.
            if (System.getProperty("sun.net.httpserver.nodelay") == null) {
                System.setProperty("sun.net.httpserver.nodelay", "true");
            }
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            try {
                InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
                HttpServer server;
                if (https.isPresent()) {
                    HttpsServer secure = HttpsServer.create(address, 0);
                    secure.setHttpsConfigurator(new HttpsConfigurator(https.get()));
                    server = secure;
                } else {
                    server = HttpServer.create(address, 0);
                }
                server.createContext("/", front);
                server.setExecutor(executor);
                server.start();
                URI base = URI.create((https.isPresent() ? "https" : "http") + "://127.0.0.1:"
                        + server.getAddress().getPort());
                return new NpmSimulator(state, server, executor, front, faults, base,
                        frontDoors(state, address, executor));
            } catch (IOException e) {
                executor.shutdownNow();
                throw new UncheckedIOException("cannot bind the NPM simulator to loopback", e);
            }
        }

        private List<HttpServer> frontDoors(SimState state, InetSocketAddress address, ExecutorService executor)
                throws IOException {
            if (frontDoor.isEmpty()) {
                return List.of();
            }
            FrontDoor door = new FrontDoor(state);
            List<HttpServer> doors = new java.util.ArrayList<>();
            HttpServer plain = HttpServer.create(address, 0);
            plain.createContext("/", exchange -> door.handle(exchange, false));
            doors.add(plain);
            if (frontDoor.get().isPresent()) {
                HttpsServer secure = HttpsServer.create(address, 0);
                secure.setHttpsConfigurator(new HttpsConfigurator(frontDoor.get().get()));
                secure.createContext("/", exchange -> door.handle(exchange, true));
                doors.add(secure);
            }
            doors.forEach(d -> {
                d.setExecutor(executor);
                d.start();
            });
            return List.copyOf(doors);
        }

        private void plantUsers(SimState state) {
            boolean defaultAdmin = !profile.hasSetup() || seed == SimulatorSeed.DEMO;
            Optional<String[]> wanted = admin.or(() -> defaultAdmin
                    ? Optional.of(new String[] {DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD})
                    : Optional.empty());
            wanted.ifPresent(credentials -> {
                // The migration-made admin of old versions has no avatar; a created one gets its gravatar.
                String avatar = profile.hasSetup() || admin.isPresent() ? Users.gravatar(credentials[0]) : "";
                Users.insert(state, "Administrator", "Admin", credentials[0], List.of("admin"), false, avatar,
                        Optional.of(credentials[1]), true);
            });
            if (seed == SimulatorSeed.DEMO) {
                DemoSeed.plant(state, 1);
            }
        }

        private static List<Route> allRoutes() {
            List<Route> routes = new ArrayList<>();
            routes.addAll(SystemRoutes.routes());
            routes.addAll(TokenRoutes.routes());
            routes.addAll(Users.routes());
            routes.addAll(TwoFactor.routes());
            routes.addAll(HostRoutes.routes(ProxyHosts.KIND));
            routes.addAll(HostRoutes.routes(RedirectionHosts.KIND));
            routes.addAll(HostRoutes.routes(DeadHosts.KIND));
            routes.addAll(HostRoutes.routes(Streams.KIND));
            routes.addAll(Certificates.routes());
            routes.addAll(AccessLists.routes());
            routes.addAll(Settings.routes());
            routes.addAll(AuditLog.routes());
            return routes;
        }
    }
}
