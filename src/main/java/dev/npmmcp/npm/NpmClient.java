package dev.npmmcp.npm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typed HTTP client of one NPM instance: one pooled {@link HttpClient}, login (with 2FA) and token refresh,
 * exactly one re-login when NPM says the token is no good, retries with backoff for idempotent requests, version
 * detection, and NPM's answers mapped to the {@link NpmApiException} family. Nothing touches the network until the
 * first request. Thread-safe.
 */
public final class NpmClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NpmClient.class);

    /** NPM tokens live about a day; refreshing this long before expiry keeps requests from meeting an expired one. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(10);

    /** A read of one object by its numeric id: the last path segment. */
    private static final Pattern OBJECT_PATH = Pattern.compile("/(\\d+)$");

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    /** Below this, an attempt could not get an answer from a healthy NPM either: say the budget is used up. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(250);

    static {
        // the JDK would send a request again, once, after a refused connection: this class does that itself, within
        // the call's budget and with a pause, and two layers of retries multiply each other
        if (System.getProperty("jdk.httpclient.disableRetryConnect") == null) {
            System.setProperty("jdk.httpclient.disableRetryConnect", "true");
        }
    }

    /** How the client waits between retries; tests replace it so they need not wait. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private record Answer(int status, byte[] bytes) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * A token and where it came from: {@code fresh} (logged in or refreshed during this call) and {@code loggedIn}
     * (answered by {@code POST /tokens} just now, so signed by NPM's current key).
     */
    private record Bearer(String token, boolean fresh, boolean loggedIn) {}

    private final NpmConnection connection;
    private final TokenStore tokens;
    private final Clock clock;
    private final Sleeper sleeper;
    private final CallScope scope;
    private final UnansweredRequests unanswered;
    private final ObjectMapper json = NpmJson.newMapper();
    private final Secrets secrets = new Secrets();
    private final NpmErrors errors;
    private final Object httpLock = new Object();
    // Locks, not monitors: these two are held across HTTP requests (login, version probe), and on JDK 21 a virtual
    // thread blocked inside synchronized pins its carrier. A fleet query's threads then held both carriers of a
    // 2-core machine while an in-process simulator's threads waited for one: every instance timed out (JDK 21.0.13).
    private final ReentrantLock authLock = new ReentrantLock();
    private final ReentrantLock infoLock = new ReentrantLock();
    private HttpClient http;
    private NpmServerInfo serverInfo;
    private volatile String verifiedToken = "";

    NpmClient(NpmConnection connection, TokenStore tokens, Clock clock, Sleeper sleeper) {
        this(connection, tokens, clock, sleeper, CallScope.none());
    }

    NpmClient(NpmConnection connection, TokenStore tokens, Clock clock, Sleeper sleeper, CallScope scope) {
        this.scope = scope;
        this.connection = connection;
        this.tokens = tokens;
        this.clock = clock;
        this.sleeper = sleeper;
        this.errors = new NpmErrors(connection.instanceName(), json, secrets);
        this.unanswered = new UnansweredRequests(connection.instanceName(), json, errors, scope);
        switch (connection.credentials()) {
            case NpmCredentials.Password(String identity, String secret, Optional<String> totp) -> {
                secrets.register(secret);
                totp.ifPresent(secrets::register);
            }
            case NpmCredentials.ApiToken(String token) -> secrets.register(token);
        }
    }

    /** A client for one instance. No network here: the first request logs in. */
    public static NpmClient connect(NpmConnection connection, TokenStore tokens) {
        return connect(connection, tokens, CallScope.none());
    }

    /**
     * A client whose requests, retries included, stay within the budget of the tool call they belong to, and whose
     * recoveries from lost answers are told to that call's result.
     */
    public static NpmClient connect(NpmConnection connection, TokenStore tokens, CallScope scope) {
        return new NpmClient(connection, tokens, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()),
                scope);
    }

    public String instanceName() {
        return connection.instanceName();
    }

    public NpmConnection connection() {
        return connection;
    }

    /** The JSON configuration of this client, for API classes that convert trees to records. */
    public ObjectMapper json() {
        return json;
    }

    /** {@code GET /api/} plus feature probes when the version number says nothing; asked once, then cached. */
    public NpmServerInfo serverInfo() {
        return locked(infoLock, () -> {
            if (serverInfo == null) {
                serverInfo = CapabilityProbe.detect(this);
                LOG.debug("NPM instance '{}' is {} (probed: {})", instanceName(), serverInfo.version(),
                        serverInfo.probed());
            }
            return serverInfo;
        });
    }

    public NpmCapabilities capabilities() {
        return serverInfo().capabilities();
    }

    /**
     * The logged-in NPM user's email. NPM 2.13 and later give it to certbot themselves; before that a Let's Encrypt
     * request without an email runs certbot with {@code --email 'undefined'} and fails, so this client sends it.
     */
    public String accountEmail() {
        NpmRequest request = NpmRequest.get("getUser", "/users/me");
        String email = send(request).path("email").asText("");
        if (email.isBlank()) {
            throw errors.unreadable(request, 200, new IOException("no email in the user's record"));
        }
        return email;
    }

    /** Tells the tool call this request belongs to something its result must say (logged when there is none). */
    public void notice(String text) {
        LOG.debug("NPM instance '{}': {}", instanceName(), text);
        scope.notice(text);
    }

    /** Drops the cached token and version (credential rotation, or an instance that was upgraded). */
    public void logout() {
        locked(authLock, () -> {
            tokens.remove(instanceName());
            verifiedToken = "";
            return null;
        });
        locked(infoLock, () -> serverInfo = null);
    }

    // ---- requests used by the feature API classes ----

    /** Sends the request and reads the answer as {@code type}. */
    public <T> T send(NpmRequest request, Class<T> type) {
        return read(request, sendForBody(request), json.constructType(type));
    }

    public <T> T send(NpmRequest request, TypeReference<T> type) {
        return read(request, sendForBody(request), json.getTypeFactory().constructType(type));
    }

    /** Sends the request and returns the answer as a JSON tree (NullNode for an empty body). */
    public JsonNode send(NpmRequest request) {
        String body = sendForBody(request);
        if (body.isBlank()) {
            return NullNode.getInstance();
        }
        return read(request, body, json.constructType(JsonNode.class));
    }

    /** Converts a tree (for example a list NPM answered) into records, failing as a protocol error. */
    public <T> T convert(NpmRequest request, JsonNode tree, TypeReference<T> type) {
        try {
            return json.convertValue(tree, type);
        } catch (IllegalArgumentException e) {
            throw errors.unreadable(request, 200, new IOException(e.getMessage() == null ? "" : "unexpected shape"));
        }
    }

    private <T> T read(NpmRequest request, String body, JavaType type) {
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new IOException("empty answer");
            }
            return value;
        } catch (IOException e) {
            throw errors.unreadable(request, 200, e);
        }
    }

    /** Sends the request and returns the raw answer (certificate downloads are zip files). */
    public byte[] sendForBytes(NpmRequest request) {
        return sendForAnswer(request).bytes();
    }

    private String sendForBody(NpmRequest request) {
        return sendForAnswer(request).body();
    }

    private Answer sendForAnswer(NpmRequest request) {
        Optional<DryRun> dryRun = scope.dryRun();
        if (dryRun.isPresent()) {
            Optional<Answer> kept = keptBack(dryRun.get(), request);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        if (!request.authenticated()) {
            Answer answer = deliver(request, Optional.empty());
            if (answer.ok()) {
                return answer;
            }
            throw errors.fromAnswer(request, answer.status(), answer.body());
        }
        Bearer bearer = bearer();
        Answer answer = deliver(request, Optional.of(bearer.token()));
        if (!answer.ok() && canLogIn() && (mayBeStale(answer, bearer) || unverifiable(answer, bearer))) {
            LOG.debug("NPM instance '{}': HTTP {} on {}, logging in again once", instanceName(), answer.status(),
                    request.operationId());
            bearer = relogin(bearer.token());
            answer = deliver(request, Optional.of(bearer.token()));
        }
        if (answer.ok()) {
            verifiedToken = bearer.token();
            requireObject(request, answer);
            return answer;
        }
        throw errors.fromAnswer(request, answer.status(), answer.body());
    }

    /** In a dry run: a write recorded and answered without being sent, or a read of an object it made. */
    private Optional<Answer> keptBack(DryRun dryRun, NpmRequest request) {
        if (request.method() == NpmRequest.Method.GET) {
            return dryRun.read(instanceName(), request).map(bytes -> new Answer(200, bytes));
        }
        if (!DryRun.intercepts(request)) {
            return Optional.empty();
        }
        return Optional.of(new Answer(request.method() == NpmRequest.Method.POST ? 201 : 200,
                dryRun.answer(instanceName(), request, json, this::currentObject)));
    }

    /** An object as NPM holds it now, for a dry run's before/after; empty when NPM has none at that path. */
    private Optional<JsonNode> currentObject(String path) {
        try {
            return Optional.of(send(NpmRequest.get("readForDryRun", path)));
        } catch (NpmNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * NPM 2.10 answers {@code GET /nginx/proxy-hosts/99999} (and certificates, users, access lists) with 200 and
     * {@code {}}, or an object whose every field is null: read as "not found", so that no existence check passes and no
     * host is created pointing at a certificate or access list that is not there.
     */
    private void requireObject(NpmRequest request, Answer answer) {
        if (request.method() != NpmRequest.Method.GET) {
            return;
        }
        Matcher id = OBJECT_PATH.matcher(request.path());
        if (!id.find()) {
            return;
        }
        JsonNode object;
        try {
            object = json.readTree(answer.bytes());
        } catch (IOException e) {
            return; // the caller reports what it cannot read
        }
        if (object != null && object.isObject() && (object.isEmpty() || object.path("id").isNull()
                || object.path("id").isMissingNode())) {
            throw errors.emptyObject(request, id.group(1));
        }
    }

    private boolean mayBeStale(Answer answer, Bearer bearer) {
        if (answer.status() == 401 || errors.isExpiredToken(answer.status(), answer.body())) {
            return true;
        }
        return errors.isPathNotFound(answer.status(), answer.body())
                && !bearer.fresh()
                && !bearer.token().equals(verifiedToken);
    }

    /**
     * NPM answers a token it cannot verify (signed before a reinstall or a data reset changed its key) with a 500 on
     * every route, never a 401. A 500 on a token that did not come from a login just now is checked with a refresh
     * ({@code GET /tokens}, which changes nothing): if NPM refuses that too, the token is the cause and a new login
     * follows; if it accepts it, the 500 was the request's own and is reported, so a create is never sent twice.
     */
    private boolean unverifiable(Answer answer, Bearer bearer) {
        if (answer.status() != 500 || bearer.loggedIn()) {
            return false;
        }
        Answer probe = exchange(NpmRequest.get("refreshToken", "/tokens"), Optional.of(bearer.token()));
        if (probe.ok()) {
            verifiedToken = bearer.token();
            return false;
        }
        LOG.info("NPM instance '{}' cannot verify the cached login token (NPM reinstalled or its data reset?);"
                + " dropping it and logging in again", instanceName());
        return true;
    }

    private boolean canLogIn() {
        return connection.credentials() instanceof NpmCredentials.Password;
    }

    // ---- authentication ----

    private Bearer bearer() {
        return switch (connection.credentials()) {
            case NpmCredentials.ApiToken(String token) -> new Bearer(token, false, false);
            case NpmCredentials.Password password -> locked(authLock, () -> passwordBearer(password));
        };
    }

    private Bearer passwordBearer(NpmCredentials.Password password) {
        Instant now = clock.instant();
        Optional<CachedToken> cached = tokens.load(instanceName());
        if (cached.isPresent() && !cached.get().expiredAt(now)) {
            secrets.register(cached.get().token());
            if (!cached.get().expiresWithin(REFRESH_MARGIN, now)) {
                return new Bearer(cached.get().token(), false, false);
            }
            Optional<CachedToken> refreshed = tryRefresh(cached.get());
            if (refreshed.isPresent()) {
                return new Bearer(refreshed.get().token(), true, false);
            }
        }
        return new Bearer(login(password).token(), true, true);
    }

    private Bearer relogin(String staleToken) {
        return locked(authLock, () -> {
            Optional<CachedToken> cached = tokens.load(instanceName());
            if (cached.isPresent() && !cached.get().token().equals(staleToken)) {
                // another thread logged in meanwhile
                return new Bearer(cached.get().token(), true, true);
            }
            tokens.remove(instanceName());
            return new Bearer(login((NpmCredentials.Password) connection.credentials()).token(), true, true);
        });
    }

    private Optional<CachedToken> tryRefresh(CachedToken current) {
        NpmRequest request = NpmRequest.get("refreshToken", "/tokens");
        Answer answer = exchange(request, Optional.of(current.token()));
        if (!answer.ok()) {
            LOG.debug("NPM instance '{}': token refresh answered HTTP {}, logging in instead", instanceName(),
                    answer.status());
            return Optional.empty();
        }
        CachedToken token = parseToken(request, answer.body());
        tokens.save(instanceName(), token);
        return Optional.of(token);
    }

    /** {@code GET /tokens} with the current token: a fresh token, saved in the store. */
    CachedToken refreshNow() {
        return locked(authLock, () -> {
            NpmRequest request = NpmRequest.get("refreshToken", "/tokens");
            CachedToken token = parseToken(request, sendForBody(request));
            if (canLogIn()) {
                tokens.save(instanceName(), token);
            }
            return token;
        });
    }

    private static <T> T locked(ReentrantLock lock, Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    private CachedToken login(NpmCredentials.Password password) {
        NpmRequest request = NpmRequest.post("requestToken", "/tokens",
                        Map.of("identity", password.identity(), "secret", password.secret()))
                .unauthenticated();
        LOG.debug("NPM instance '{}': logging in", instanceName());
        JsonNode answer = send(request);
        CachedToken token;
        if (answer.path("requires_2fa").asBoolean(false)) {
            String challenge = answer.path("challenge_token").asText("");
            secrets.register(challenge);
            if (password.totpSecret().isEmpty()) {
                throw new NpmAuthenticationException(instanceName(), "loginWith2FA", 0,
                        "the account has two-factor authentication on and no TOTP secret is configured",
                        "Add the account's TOTP secret (the base32 key shown when 2FA was set up) to this instance's"
                                + " credentials, or use an API token.");
            }
            String code = Totp.code(password.totpSecret().get(), clock.instant());
            NpmRequest second = NpmRequest.post("loginWith2FA", "/tokens/2fa",
                            Map.of("challenge_token", challenge, "code", code))
                    .unauthenticated();
            LOG.debug("NPM instance '{}': answering the 2FA challenge", instanceName());
            token = parseToken(second, sendForBody(second));
        } else {
            token = parseToken(request, answer.toString());
        }
        tokens.save(instanceName(), token);
        return token;
    }

    CachedToken parseToken(NpmRequest request, String body) {
        JsonNode node = read(request, body, json.constructType(JsonNode.class));
        String token = node.path("token").asText("");
        if (token.isEmpty()) {
            throw errors.unreadable(request, 200, new IOException("no token in the answer"));
        }
        secrets.register(token);
        try {
            return new CachedToken(token, Instant.parse(node.path("expires").asText("")));
        } catch (DateTimeParseException e) {
            throw errors.unreadable(request, 200, new IOException("unreadable token expiry"));
        }
    }

    /** For API classes that return tokens from NPM (login as user): lets the client cut them out of errors. */
    void registerSecret(String secret) {
        secrets.register(secret);
    }

    // ---- transport ----

    /**
     * Sends one request, repeating it where that is safe, all within the call's budget ({@link CallScope}): each
     * attempt waits at most what is left of it, and no retry starts that could not finish in time. This is the only
     * retry layer but one: the JDK itself sends a GET again, once, when its pooled connection turns out closed, so a
     * closed connection is repeated here for PUT and DELETE only. A request that never reached NPM (connection
     * refused) is repeated whatever its method; a POST that got no answer is never repeated here (see
     * {@link UnansweredRequests}); a 502/503/504 or a 429 (after its {@code Retry-After}) is repeated for idempotent
     * methods.
     */
    private Answer exchange(NpmRequest request, Optional<String> bearer) {
        int attempts = connection.retryAttempts() + 1;
        for (int attempt = 1; ; attempt++) {
            Duration timeout = attemptTimeout(request);
            try {
                HttpResponse<byte[]> response = http(request).send(
                        toHttp(request, bearer, timeout), HttpResponse.BodyHandlers.ofByteArray());
                LOG.debug("NPM instance '{}': {} {} -> {}", instanceName(), request.method(), request.path(),
                        response.statusCode());
                Answer answer = new Answer(
                        response.statusCode(), response.body() == null ? new byte[0] : response.body());
                Optional<Duration> wait = request.method().idempotent()
                        ? retryWait(answer.status(), response, attempt) : Optional.empty();
                if (wait.isEmpty() || attempt >= attempts || !fitsBudget(wait.get())) {
                    return answer;
                }
                pause(request, wait.get(), attempt, attempts);
            } catch (IOException e) {
                LOG.debug("NPM instance '{}': {} {} failed: {}", instanceName(), request.method(), request.path(),
                        e.getClass().getSimpleName());
                IoFailure failure = IoFailure.of(e);
                Duration wait = backoff(attempt);
                if (!failure.repeatable(request.method()) || attempt >= attempts || !fitsBudget(wait)) {
                    if (request.method() == NpmRequest.Method.POST && failure.mayHaveArrived()) {
                        throw new Unanswered(e, failure == IoFailure.TIMED_OUT, timeout, budgetCut(timeout));
                    }
                    throw errors.fromIo(request, e, timeout, budgetCut(timeout));
                }
                pause(request, wait, attempt, attempts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw errors.cancelled(request);
            }
        }
    }

    /** How a request failed without an answer, and so what may be done about it. */
    private enum IoFailure {
        /** Nothing was sent: connection refused or not made in time. */
        NOT_SENT,
        /** Sent, then no answer in time: NPM may be working on it. */
        TIMED_OUT,
        /** Sent, then the connection closed with no answer: NPM may or may not have run it. */
        CLOSED,
        /** TLS, DNS and the like: sending it again would fail the same way. */
        FATAL;

        static IoFailure of(IOException e) {
            if (e instanceof java.net.ConnectException || e instanceof java.net.http.HttpConnectTimeoutException) {
                return NOT_SENT;
            }
            if (e instanceof java.net.http.HttpTimeoutException) {
                return TIMED_OUT;
            }
            if (e instanceof javax.net.ssl.SSLException || e instanceof java.net.UnknownHostException) {
                return FATAL;
            }
            return CLOSED;
        }

        boolean repeatable(NpmRequest.Method method) {
            return switch (this) {
                case NOT_SENT -> true;
                case TIMED_OUT -> method.idempotent();
                // the JDK already sent a GET again on a fresh connection
                case CLOSED -> method == NpmRequest.Method.PUT || method == NpmRequest.Method.DELETE;
                case FATAL -> false;
            };
        }

        boolean mayHaveArrived() {
            return this == TIMED_OUT || this == CLOSED;
        }
    }

    /** A POST that may or may not have reached NPM; {@link #deliver} decides what to do about it. */
    static final class Unanswered extends RuntimeException {

        private final IOException cause;
        private final boolean timedOut;
        private final Duration timeout;
        private final Optional<Duration> budgetCut;

        Unanswered(IOException cause, boolean timedOut, Duration timeout, Optional<Duration> budgetCut) {
            super(cause.getClass().getSimpleName(), null, false, false);
            this.cause = cause;
            this.timedOut = timedOut;
            this.timeout = timeout;
            this.budgetCut = budgetCut;
        }

        IOException cause() {
            return cause;
        }

        boolean timedOut() {
            return timedOut;
        }
    }

    /** {@link #exchange}, recovering a POST that got no answer where that can be done without doing it twice. */
    private Answer deliver(NpmRequest request, Optional<String> bearer) {
        try {
            return exchange(request, bearer);
        } catch (Unanswered lost) {
            return unanswered.recover(request, lost, this::send, () -> resend(request, bearer, lost),
                            found -> new Answer(found.status(), found.body()))
                    .orElseThrow(() -> errors.unknownFate(request, lost.cause(), lost.timedOut
                            ? "NPM did not answer in time and may still be doing it. Check the object (list or get"
                                    + " it) before trying again, so it is not done twice."
                            : "The connection closed before NPM answered, so NPM may or may not have done it (its"
                                    + " nginx reloads on every change and can close connections). Check the object"
                                    + " (list or get it) before trying again, so it is not done twice."));
        }
    }

    private Answer resend(NpmRequest request, Optional<String> bearer, Unanswered first) {
        try {
            return exchange(request, bearer);
        } catch (Unanswered again) {
            throw errors.fromIo(request, again.cause(), again.timeout, again.budgetCut);
        }
    }

    /** The connection's timeout, shortened to what is left of the call's budget; refused once none is left. */
    private Duration attemptTimeout(NpmRequest request) {
        Optional<Duration> left = scope.remaining();
        if (left.isPresent() && left.get().compareTo(MIN_ATTEMPT) < 0) {
            throw errors.budgetUsedUp(request, scope.budget());
        }
        return left.filter(l -> l.compareTo(connection.timeout()) < 0).orElse(connection.timeout());
    }

    /** The call's budget, when it cut this attempt's timeout short: an answer that did not come is then ours to explain. */
    private Optional<Duration> budgetCut(Duration timeout) {
        return timeout.compareTo(connection.timeout()) < 0 ? Optional.of(scope.budget()) : Optional.empty();
    }

    /** Whether waiting this long still leaves an attempt its minimum. */
    private boolean fitsBudget(Duration wait) {
        return scope.remaining().map(left -> left.minus(wait).compareTo(MIN_ATTEMPT) >= 0).orElse(true);
    }

    /** How long to wait before repeating after this status; empty when the status is an answer, not a hiccup. */
    private Optional<Duration> retryWait(int status, HttpResponse<?> response, int attempt) {
        if (status == 429) {
            // NPM itself never rate-limits; a proxy in front of it may, and says when to come back
            return Optional.of(RetryAfter.parse(response.headers().firstValue("Retry-After"), clock)
                    .orElse(backoff(attempt)));
        }
        return isGatewayError(status) ? Optional.of(backoff(attempt)) : Optional.empty();
    }

    private static Duration backoff(int attempt) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void pause(NpmRequest request, Duration wait, int attempt, int attempts) {
        LOG.trace("NPM instance '{}': retrying {} {} in {} ms (attempt {} of {})", instanceName(), request.method(),
                request.path(), wait.toMillis(), attempt + 1, attempts);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.cancelled(request);
        }
    }

    private static boolean isGatewayError(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private HttpRequest toHttp(NpmRequest request, Optional<String> bearer, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request))
                .timeout(timeout)
                .header("Accept", "application/json");
        bearer.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (request.body().isPresent()) {
            Object body = request.body().get();
            if (body instanceof MultipartBody multipart) {
                builder.header("Content-Type", multipart.contentType());
                publisher = HttpRequest.BodyPublishers.ofByteArray(multipart.toBytes());
            } else {
                builder.header("Content-Type", "application/json");
                try {
                    publisher = HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
                }
            }
        }
        return builder.method(request.method().name(), publisher).build();
    }

    private URI uri(NpmRequest request) {
        String query = request.query().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(connection.apiRoot() + request.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(String text) {
        // NPM reads expand lists comma-separated; keeping commas literal keeps logs and captures readable
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
    }

    private HttpClient http(NpmRequest request) {
        synchronized (httpLock) {
            if (http == null) {
                HttpClient.Builder builder = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(connection.timeout());
                try {
                    Optional<SSLContext> ssl = TlsContexts.forSettings(instanceName(), connection.tls());
                    if (ssl.isEmpty() && connection.apiRoot().getScheme().equalsIgnoreCase("http")) {
                        // plain HTTP never handshakes (redirects are not followed): a context that is never used
                        // spares the first call the JDK's TLS setup
                        builder.sslContext(TlsContexts.unused()).sslParameters(new SSLParameters());
                    }
                    ssl.ifPresent(builder::sslContext);
                } catch (GeneralSecurityException | IOException e) {
                    throw new NpmUnreachableException(instanceName(), request.operationId(), 0,
                            "the TLS settings cannot be used: " + e.getClass().getSimpleName(),
                            "Check the CA certificate file: it must be readable and hold PEM certificates.", e);
                }
                http = builder.build();
            }
            return http;
        }
    }

    @Override
    public void close() {
        synchronized (httpLock) {
            if (http != null) {
                http.close();
                http = null;
            }
        }
    }

    @Override
    public String toString() {
        return "NpmClient[" + instanceName() + " " + connection.baseUri() + "]";
    }
}
