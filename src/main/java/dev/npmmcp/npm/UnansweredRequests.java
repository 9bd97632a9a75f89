package dev.npmmcp.npm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * What to do about a POST that got no answer. NPM's API sits behind nginx and every write reloads nginx, which can
 * close idle keep-alive connections: a request sent on one gets no answer, and the client cannot tell whether NPM ran
 * it. So a POST is never simply sent again. A create is looked up first (does the object exist now?) and sent again
 * only when it does not; an enable or disable is checked the same way; a request that changes nothing is sent again;
 * anything else is reported as of unknown fate. Every recovery leaves a notice for the call's result.
 */
final class UnansweredRequests {

    /** An answer made up from what the lookup found, in NPM's create shape. */
    record Found(int status, byte[] body) {}

    /** A create's collection, the fields that tell its objects apart, and what a user calls one. */
    private record Kind(String list, List<String> keys, String noun) {}

    private static final Map<String, Kind> CREATES = Map.of(
            "createProxyHost", new Kind("getProxyHosts", List.of("domain_names"), "proxy host"),
            "createRedirectionHost", new Kind("getRedirectionHosts", List.of("domain_names"), "redirection host"),
            "create404Host", new Kind("getDeadHosts", List.of("domain_names"), "404 host"),
            "createStream", new Kind("getStreams",
                    List.of("incoming_port", "forwarding_host", "forwarding_port"), "stream"),
            "createAccessList", new Kind("getAccessLists", List.of("name"), "access list"),
            "createCertificate", new Kind("getCertificates",
                    List.of("provider", "nice_name", "domain_names"), "certificate"),
            "createUser", new Kind("getUsers", List.of("email"), "user"));

    /** Requests that change nothing in NPM, so sending one twice does no harm. */
    private static final Set<String> HARMLESS =
            Set.of("requestToken", "loginWith2FA", "loginAsUser", "validateCertificates", "testHttpReach");

    private final String instance;
    private final ObjectMapper json;
    private final NpmErrors errors;
    private final CallScope scope;

    UnansweredRequests(String instance, ObjectMapper json, NpmErrors errors, CallScope scope) {
        this.instance = instance;
        this.json = json;
        this.errors = errors;
        this.scope = scope;
    }

    /**
     * @param lost the failure: {@code timedOut} means NPM may still be working on it
     * @param lookup sends a GET with the client's usual auth and error handling
     * @param resend sends the request once more, without any further recovery
     */
    <A> Optional<A> recover(NpmRequest request, NpmClient.Unanswered lost, Function<NpmRequest, JsonNode> lookup,
            Supplier<A> resend, Function<Found, A> found) {
        String what = request.operationId() + " on NPM instance '" + instance + "'";
        if (HARMLESS.contains(request.operationId()) && !lost.timedOut()) {
            scope.notice(what + ": the connection closed before NPM answered; it changes nothing, so it was sent again.");
            return Optional.of(resend.get());
        }
        Kind kind = CREATES.get(request.operationId());
        if (kind != null) {
            return Optional.of(recoverCreate(request, kind, lost, lookup, resend, found, what));
        }
        Optional<Boolean> target = toggleTarget(request);
        if (target.isPresent()) {
            return Optional.of(recoverToggle(request, target.get(), lost, lookup, resend, found, what));
        }
        return Optional.empty();
    }

    private <A> A recoverCreate(NpmRequest request, Kind kind, NpmClient.Unanswered lost,
            Function<NpmRequest, JsonNode> lookup, Supplier<A> resend, Function<Found, A> found, String what) {
        JsonNode sent = json.valueToTree(request.body().orElse(Map.of()));
        JsonNode list = lookup.apply(NpmRequest.get(kind.list(), request.path()));
        Optional<JsonNode> match = StreamSupport.stream(list.spliterator(), false)
                .filter(item -> sameKeys(kind, sent, item))
                .max(Comparator.comparingInt(item -> item.path("id").asInt()));
        if (match.isPresent()) {
            scope.notice(what + ": the connection closed before NPM answered, but the " + kind.noun() + " exists now (id "
                    + match.get().path("id").asInt() + "), so NPM created it and it was not sent again.");
            return found.apply(new Found(201, match.get().toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (lost.timedOut()) {
            throw errors.unknownFate(request, lost.cause(), "NPM did not answer in time and no such " + kind.noun()
                    + " exists yet, but NPM may still be making it (a Let's Encrypt request can take minutes). List the "
                    + kind.noun() + "s in a minute before trying again, so it is not made twice.");
        }
        scope.notice(what + ": the connection closed before NPM answered and no such " + kind.noun()
                + " existed afterwards, so NPM had not made it; it was sent once more.");
        return resend.get();
    }

    private <A> A recoverToggle(NpmRequest request, boolean enable, NpmClient.Unanswered lost,
            Function<NpmRequest, JsonNode> lookup, Supplier<A> resend, Function<Found, A> found, String what) {
        String objectPath = request.path().substring(0, request.path().lastIndexOf('/'));
        JsonNode object = lookup.apply(NpmRequest.get(request.operationId().replaceFirst("^(en|dis)able", "get"),
                objectPath));
        if (object.path("enabled").asBoolean(!enable) == enable) {
            scope.notice(what + ": the connection closed before NPM answered, but the object is "
                    + (enable ? "enabled" : "disabled") + " now, so NPM did it and it was not sent again.");
            return found.apply(new Found(200, "true".getBytes(StandardCharsets.UTF_8)));
        }
        if (lost.timedOut()) {
            throw errors.unknownFate(request, lost.cause(), "NPM did not answer in time and has not made the change"
                    + " yet; check the object's state before trying again.");
        }
        scope.notice(what + ": the connection closed before NPM answered and the change had not been made, so it was"
                + " sent once more.");
        return resend.get();
    }

    /** An enable or disable of a host or stream (not a user's 2FA): the state it asks for. */
    private static Optional<Boolean> toggleTarget(NpmRequest request) {
        String op = request.operationId();
        if (op.endsWith("2fa") || !(request.path().endsWith("/enable") || request.path().endsWith("/disable"))) {
            return Optional.empty();
        }
        return Optional.of(op.startsWith("enable"));
    }

    private static boolean sameKeys(Kind kind, JsonNode sent, JsonNode item) {
        return kind.keys().stream().filter(sent::has).allMatch(key -> same(sent.get(key), item.path(key)));
    }

    private static boolean same(JsonNode sent, JsonNode found) {
        if (sent.isArray()) {
            return found.isArray() && lowered(sent).equals(lowered(found));
        }
        if (sent.isTextual()) {
            return sent.asText().equalsIgnoreCase(found.asText());
        }
        return sent.asText().equals(found.asText());
    }

    private static Set<String> lowered(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
        return values;
    }
}
