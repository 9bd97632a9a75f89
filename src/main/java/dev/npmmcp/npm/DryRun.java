package dev.npmmcp.npm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call that sends no change to NPM: every write it would send is recorded, with what it would change compared with
 * what NPM holds now, and answered as NPM would (an object created here gets an id from
 * {@value #FIRST_PLACEHOLDER_ID}, and reads of it are answered from the same record), so a tool runs its whole flow
 * without knowing and without changing anything. Reads go to NPM as usual: the plan is made against the real state.
 */
public final class DryRun {

    /** Ids of objects that a dry run "created": far above what an NPM database holds. */
    public static final int FIRST_PLACEHOLDER_ID = 1_000_000_001;

    /** One request that was not sent, and what it would have changed. */
    public record Planned(String instance, String operation, String method, String path, Optional<JsonNode> body,
            List<Change> changes) {}

    /** One field: absent {@code before} for a new object, absent {@code after} for a deleted one. */
    public record Change(String field, Optional<JsonNode> before, Optional<JsonNode> after) {}

    /** Requests that change nothing, so a dry run still sends them: logins, validations, reachability tests. */
    private static final Set<String> SENT_ANYWAY =
            Set.of("requestToken", "loginWith2FA", "loginAsUser", "validateCertificates", "testHttpReach");

    private static final Pattern WITH_ID = Pattern.compile("^(.*/\\d+)(/.*)?$");

    private final List<Planned> planned = new ArrayList<>();
    private final Map<String, JsonNode> made = new HashMap<>();
    private int nextId = FIRST_PLACEHOLDER_ID;

    /** What was not sent, in order. */
    public synchronized List<Planned> planned() {
        return List.copyOf(planned);
    }

    static boolean intercepts(NpmRequest request) {
        return request.method() != NpmRequest.Method.GET && !SENT_ANYWAY.contains(request.operationId());
    }

    /** A read of an object this dry run made, answered from its record. */
    synchronized Optional<byte[]> read(String instance, NpmRequest request) {
        return Optional.ofNullable(made.get(instance + request.path())).map(DryRun::bytes);
    }

    /**
     * Records a write and makes up NPM's answer.
     *
     * @param current reads an object as NPM holds it now (or as this dry run left it)
     */
    synchronized byte[] answer(String instance, NpmRequest request, ObjectMapper json,
            Function<String, Optional<JsonNode>> current) {
        Optional<JsonNode> body = request.body().filter(b -> !(b instanceof MultipartBody)).map(json::valueToTree);
        Matcher withId = WITH_ID.matcher(request.path());
        String objectPath = withId.matches() ? withId.group(1) : request.path();
        String action = withId.matches() && withId.group(2) != null ? withId.group(2).substring(1) : "";
        boolean create = request.method() == NpmRequest.Method.POST && !withId.matches();
        // a setting has a name, not a numeric id, in its path: read it there
        Optional<JsonNode> before = create ? Optional.empty() : current.apply(objectPath);
        List<Change> changes = new ArrayList<>();
        JsonNode answer;
        if (create) {
            ObjectNode created = json.createObjectNode();
            created.put("enabled", true);
            body.filter(JsonNode::isObject).ifPresent(b -> created.setAll((ObjectNode) b.deepCopy()));
            created.put("id", nextId++);
            fields(body).forEach((field, value) -> changes.add(new Change(field, Optional.empty(), Optional.of(value))));
            made.put(instance + request.path() + "/" + created.path("id").asInt(), created);
            answer = created;
        } else if (request.method() == NpmRequest.Method.PUT) {
            ObjectNode merged = before.filter(JsonNode::isObject).map(b -> (ObjectNode) b.deepCopy())
                    .orElseGet(json::createObjectNode);
            fields(body).forEach((field, value) -> {
                JsonNode old = merged.get(field);
                if (old == null || !old.equals(value)) {
                    changes.add(new Change(field, Optional.ofNullable(old), Optional.of(value)));
                }
                merged.set(field, value);
            });
            made.put(instance + objectPath, merged);
            answer = merged;
        } else if (request.method() == NpmRequest.Method.DELETE) {
            changes.add(new Change("*", before.map(DryRun::identity), Optional.empty()));
            answer = json.getNodeFactory().booleanNode(true);
        } else if (action.equals("enable") || action.equals("disable")) {
            boolean enable = action.equals("enable");
            ObjectNode toggled = before.filter(JsonNode::isObject).map(b -> (ObjectNode) b.deepCopy())
                    .orElseGet(json::createObjectNode);
            changes.add(new Change("enabled", Optional.ofNullable(toggled.get("enabled")),
                    Optional.of(json.getNodeFactory().booleanNode(enable))));
            toggled.put("enabled", enable);
            made.put(instance + objectPath, toggled);
            answer = json.getNodeFactory().booleanNode(true);
        } else {
            // renew, upload, 2FA: NPM answers with the object; what changes is NPM's to decide
            answer = before.orElseGet(json::createObjectNode);
        }
        planned.add(new Planned(instance, request.operationId(), request.method().name(), request.path(),
                body.or(() -> request.body().map(b -> json.getNodeFactory().textNode("(multipart upload)"))),
                List.copyOf(changes)));
        return bytes(answer);
    }

    private static Map<String, JsonNode> fields(Optional<JsonNode> body) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        body.filter(JsonNode::isObject).ifPresent(b -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), field.getValue());
            }
        });
        return fields;
    }

    /** What names a deleted object for a person: its id and the first of its names that it has. */
    private static JsonNode identity(JsonNode object) {
        ObjectNode identity = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("id", "domain_names", "name", "nice_name", "email", "incoming_port")) {
            if (object.has(field)) {
                identity.set(field, object.get(field));
            }
        }
        return identity;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
