package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * GET /schema: NPM serves its OpenAPI document there. The simulator serves the operations its profile has, with the
 * request schemas it actually enforces for the bodies clients probe features by (hosts, streams, certificates, access
 * lists), so a build reporting 2.0.0 can still be told apart by its schema, as with a real NPM.
 */
final class SchemaDocument {

    /** What 2.13.7 and 2.15.1 answered; 2.10 and 2.12 have no description. */
    private static final String DESCRIPTION = "This is the official API documentation for Nginx Proxy Manager.\n\n"
            + "Most endpoints require authentication via Bearer Token (JWT). You can generate a token by logging in via"
            + " the `POST /tokens` endpoint.\n\n"
            + "For more information, visit the [Nginx Proxy Manager Documentation](https://nginxproxymanager.com).";

    private SchemaDocument() {}

    static ObjectNode build(SimState state) {
        NpmProfile profile = state.profile;
        ObjectNode document = Json.object();
        document.put("openapi", profile == NpmProfile.V2_10 ? "3.0.0" : "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Nginx Proxy Manager API");
        info.put("version", state.version);
        if (profile.atLeast(NpmProfile.V2_13)) {
            info.put("description", DESCRIPTION);
        }
        document.putArray("servers").addObject().put("url", "http://127.0.0.1/api");
        ObjectNode paths = document.putObject("paths");
        for (Route route : state.routes) {
            if (!route.available().test(profile)) {
                continue;
            }
            String path = "/" + String.join("/", route.template());
            ObjectNode operation = paths.withObjectProperty(path).putObject(route.method().toLowerCase(java.util.Locale.ROOT));
            operation.put("operationId", route.operationId());
            requestSchema(route.operationId(), profile).ifPresent(schema -> operation.putObject("requestBody")
                    .putObject("content").putObject("application/json").set("schema", toJson(schema)));
            operation.putObject("responses").putObject("200").put("description", "200 response");
        }
        return document;
    }

    private static Optional<Schema> requestSchema(String operationId, NpmProfile profile) {
        for (HostKind kind : List.of(ProxyHosts.KIND, RedirectionHosts.KIND, DeadHosts.KIND, Streams.KIND)) {
            if (operationId.equals(kind.resource().ops().create())) {
                return Optional.of(kind.schema(profile));
            }
            if (operationId.equals(kind.resource().ops().update())) {
                return Optional.of(kind.updateSchema(profile));
            }
        }
        return switch (operationId) {
            case "createCertificate" -> Optional.of(Certificates.schema(profile));
            case "createAccessList" -> Optional.of(AccessLists.createSchema(profile));
            case "updateAccessList" -> Optional.of(AccessLists.updateSchema(profile));
            default -> Optional.empty();
        };
    }

    static ObjectNode toJson(Schema schema) {
        ObjectNode node = Json.object();
        switch (schema) {
            case Schema.Obj obj -> {
                node.put("type", "object");
                if (obj.closed()) {
                    node.put("additionalProperties", false);
                }
                if (!obj.required().isEmpty()) {
                    node.set("required", Json.strings(obj.required()));
                }
                if (obj.minProperties() > 0) {
                    node.put("minProperties", obj.minProperties());
                }
                ObjectNode properties = node.putObject("properties");
                obj.properties().forEach((name, property) -> properties.set(name, toJson(property)));
            }
            case Schema.Arr arr -> {
                node.put("type", "array");
                if (arr.minItems() > 0) {
                    node.put("minItems", arr.minItems());
                }
                if (arr.maxItems() != Integer.MAX_VALUE) {
                    node.put("maxItems", arr.maxItems());
                }
                if (arr.unique()) {
                    node.put("uniqueItems", true);
                }
                node.set("items", toJson(arr.items()));
            }
            case Schema.Str str -> {
                node.put("type", "string");
                if (str.minLength() > 0) {
                    node.put("minLength", str.minLength());
                }
                if (str.maxLength() != Integer.MAX_VALUE) {
                    node.put("maxLength", str.maxLength());
                }
                str.patterns().stream().findFirst().ifPresent(p -> node.put("pattern", p.text()));
                if (!str.allowed().isEmpty()) {
                    node.set("enum", Json.strings(str.allowed()));
                }
            }
            case Schema.Int integer -> {
                if (integer.nullable()) {
                    node.set("type", Json.array().add("integer").add("null"));
                } else {
                    node.put("type", "integer");
                }
                if (integer.minimum() != Long.MIN_VALUE) {
                    node.put("minimum", integer.minimum());
                }
                if (integer.maximum() != Long.MAX_VALUE) {
                    node.put("maximum", integer.maximum());
                }
            }
            case Schema.Bool ignored -> node.put("type", "boolean");
            case Schema.AnyObject ignored -> node.put("type", "object");
            case Schema.AnyOf anyOf -> node.set("anyOf", options(anyOf.options()));
            case Schema.OneOf oneOf -> node.set("oneOf", options(oneOf.options()));
        }
        return node;
    }

    private static ArrayNode options(List<Schema> options) {
        ArrayNode array = Json.array();
        options.forEach(option -> array.add(toJson(option)));
        return array;
    }
}
