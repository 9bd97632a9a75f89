package dev.npmmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.npm.DryRun;
import dev.npmmcp.tool.Tool;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dry_run} on every write tool, written once: the parameter is added to the tool's schema (unless the tool has
 * its own, as bulk operations and syncs do), the call then runs in a {@link DryRun} so nothing reaches NPM, and the
 * result carries the requests that were not sent, each with a field-level before/after against what NPM holds now.
 */
final class DryRunOption {

    static final String PARAMETER = "dry_run";

    private DryRunOption() {}

    /** Whether the adapter offers {@code dry_run} for this tool. */
    static boolean offered(Tool<?, ?> tool) {
        return !tool.hints().readOnly() && Arrays.stream(tool.inputType().getRecordComponents())
                .noneMatch(component -> component.getName().equals("dryRun"));
    }

    static Map<String, Object> inputSchema(Tool<?, ?> tool, Map<String, Object> schema) {
        // what dry_run does is said once, in the server's instructions, not in each of the write tools
        return offered(tool) ? withProperty(schema, Map.of("type", "boolean")) : schema;
    }

    static Map<String, Object> outputSchema(Tool<?, ?> tool, Map<String, Object> schema) {
        return offered(tool) ? withProperty(schema, Map.of("type", "object")) : schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withProperty(Map<String, Object> schema, Map<String, Object> property) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
        properties.put(PARAMETER, property);
        copy.put("properties", properties);
        return copy;
    }

    /** Whether this call asks for a dry run of a tool the adapter offers one for. */
    static boolean requested(Tool<?, ?> tool, Map<String, Object> arguments) {
        // the argument first: most calls carry none, and offered() reflects over the input record
        return Boolean.TRUE.equals(arguments.get(PARAMETER)) && offered(tool);
    }

    /** The arguments for the tool's own record, which does not know the parameter. */
    static Map<String, Object> toolArguments(Tool<?, ?> tool, Map<String, Object> arguments) {
        if (!arguments.containsKey(PARAMETER) || !offered(tool)) {
            return arguments;
        }
        Map<String, Object> rest = new LinkedHashMap<>(arguments);
        rest.remove(PARAMETER);
        return rest;
    }

    /** The plan as the result's {@code dry_run} field. */
    static ObjectNode plan(ObjectMapper mapper, List<DryRun.Planned> planned) {
        ObjectNode plan = mapper.createObjectNode();
        plan.put("sent", false);
        ArrayNode requests = plan.putArray("requests");
        for (DryRun.Planned request : planned) {
            ObjectNode node = requests.addObject();
            node.put("instance", request.instance());
            node.put("operation", request.operation());
            node.put("method", request.method());
            node.put("path", "/api" + request.path());
            request.body().ifPresent(body -> node.set("body", body));
            ArrayNode changes = node.putArray("changes");
            request.changes().forEach(change -> {
                ObjectNode field = changes.addObject();
                field.put("field", change.field());
                change.before().ifPresent(before -> field.set("before", before));
                change.after().ifPresent(after -> field.set("after", after));
            });
        }
        return plan;
    }

    /** The plan for people and LLMs, which read the text first. */
    static String text(String toolName, JsonNode plan) {
        JsonNode requests = plan.path("requests");
        if (requests.isEmpty()) {
            return "Dry run of " + toolName + ": nothing was sent, and nothing would be: NPM already holds this.";
        }
        StringBuilder text = new StringBuilder("Dry run of " + toolName + ": nothing was sent. It would send "
                + requests.size() + " request(s):");
        int n = 1;
        for (JsonNode request : requests) {
            text.append("\n").append(n++).append(". ").append(request.path("method").asText()).append(' ')
                    .append(request.path("path").asText()).append(" (").append(request.path("operation").asText())
                    .append(" on '").append(request.path("instance").asText()).append("')");
            for (JsonNode change : request.path("changes")) {
                text.append("\n   ").append(change.path("field").asText()).append(": ")
                        .append(change.has("before") ? change.get("before").toString() : "(none)").append(" -> ")
                        .append(change.has("after") ? change.get("after").toString() : "(deleted)");
            }
        }
        text.append("\nObjects it would create carry placeholder ids from ").append(DryRun.FIRST_PLACEHOLDER_ID)
                .append(". Call again without dry_run to do it.");
        return text.toString();
    }
}
