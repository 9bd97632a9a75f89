package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.testing.BodyCase.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Valid and invalid request bodies for an operation, made from its schema in NPM's document: the smallest valid body,
 * a body with every property, and from those bodies each required property missing, an extra property, a wrong type
 * per property that ajv's coercion cannot save, numbers out of range, values outside an enum or pattern, strings and
 * arrays of a refused length, and {@code {}} where at least one property is required. Each case carries the
 * document's own verdict, so a generator mistake shows up as a case whose verdict contradicts its kind.
 */
public final class RequestBodyCases {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String EXTRA = "unexpected_property";
    private static final List<String> PATTERN_BREAKERS = List.of("bad value!", "foo", "bad.", "");

    private final OpenApiDocument document;
    private final SampleValues samples;

    public RequestBodyCases(OpenApiDocument document, SampleValues samples) {
        this.document = document;
        this.samples = samples;
    }

    public List<BodyCase> casesFor(ApiOperation operation) {
        DocumentSchema schema = operation.jsonRequestSchema()
                .orElseThrow(() -> new IllegalArgumentException(operation.operationId() + " takes no JSON body"));
        String id = operation.operationId();
        List<BodyCase> cases = new ArrayList<>();
        ObjectNode minimal = minimalBody(id, schema);
        ObjectNode complete = (ObjectNode) samples.fromSchema(id, schema, true);
        add(cases, operation, "only required properties", Kind.ONLY_REQUIRED, minimal, Optional.empty());
        add(cases, operation, "all properties", Kind.ALL_PROPERTIES, complete, Optional.empty());
        for (String required : schema.required()) {
            ObjectNode body = minimal.deepCopy();
            body.remove(required);
            add(cases, operation, "without " + required, Kind.MISSING_REQUIRED, body,
                    Optional.of("data must have required property '" + required + "'"));
        }
        if (schema.closed()) {
            ObjectNode body = minimal.deepCopy();
            body.put(EXTRA, 1);
            add(cases, operation, "with " + EXTRA, Kind.EXTRA_PROPERTY, body,
                    Optional.of("data must NOT have additional properties"));
        }
        if (schema.integerKeyword("minProperties").orElse(0L) >= 1) {
            add(cases, operation, "empty object", Kind.EMPTY_UPDATE, JSON.objectNode(),
                    Optional.of("data must NOT have fewer than 1 properties"));
        }
        schema.properties().forEach((name, property) ->
                propertyCases(name, property).forEach(variant -> {
                    ObjectNode body = minimal.deepCopy();
                    body.remove(name);
                    body.set(name, variant.value());
                    add(cases, operation, name + " " + variant.name(), variant.kind(), body,
                            Optional.of("data/" + name));
                }));
        return cases;
    }

    /** The required properties; for a partial update ({@code minProperties}) also the first optional ones. */
    private ObjectNode minimalBody(String operationId, DocumentSchema schema) {
        ObjectNode body = JSON.objectNode();
        Map<String, DocumentSchema> properties = schema.properties();
        for (String required : schema.required()) {
            body.set(required, samples.sample(operationId, required, properties.get(required), false));
        }
        long minimum = schema.integerKeyword("minProperties").orElse(0L);
        for (Map.Entry<String, DocumentSchema> property : properties.entrySet()) {
            if (body.size() >= minimum) {
                break;
            }
            body.set(property.getKey(), samples.sample(operationId, property.getKey(), property.getValue(), false));
        }
        return body;
    }

    private record Variant(String name, Kind kind, JsonNode value) {}

    private List<Variant> propertyCases(String name, DocumentSchema property) {
        List<Variant> variants = new ArrayList<>();
        wrongType(property).ifPresent(value -> variants.add(new Variant("of a wrong type", Kind.WRONG_TYPE, value)));
        DocumentSchema numeric = numericSchema(property);
        numeric.integerKeyword("minimum").ifPresent(minimum -> variants.add(
                new Variant("below minimum " + minimum, Kind.OUT_OF_RANGE, JSON.numberNode(minimum - 1))));
        numeric.integerKeyword("maximum").ifPresent(maximum -> variants.add(
                new Variant("above maximum " + maximum, Kind.OUT_OF_RANGE, JSON.numberNode(maximum + 1))));
        if (!property.enumValues().isEmpty()) {
            variants.add(new Variant("not in enum", Kind.NOT_IN_ENUM, JSON.textNode("not-an-allowed-value")));
        }
        property.textKeyword("pattern").flatMap(RequestBodyCases::breaking).ifPresent(value ->
                variants.add(new Variant("not matching its pattern", Kind.PATTERN_MISMATCH, JSON.textNode(value))));
        property.items().flatMap(items -> items.textKeyword("pattern")).flatMap(RequestBodyCases::breaking)
                .ifPresent(value -> variants.add(new Variant(
                        "with an item not matching its pattern", Kind.PATTERN_MISMATCH, JSON.arrayNode().add(value))));
        property.integerKeyword("minLength").filter(minimum -> minimum >= 1).ifPresent(minimum -> variants.add(
                new Variant("shorter than " + minimum, Kind.BAD_LENGTH, JSON.textNode("x".repeat(Math.toIntExact(minimum - 1))))));
        property.integerKeyword("maxLength").ifPresent(maximum -> variants.add(
                new Variant("longer than " + maximum, Kind.BAD_LENGTH, JSON.textNode("x".repeat(Math.toIntExact(maximum + 1))))));
        property.integerKeyword("minItems").filter(minimum -> minimum >= 1).ifPresent(minimum ->
                variants.add(new Variant("with fewer than " + minimum + " items", Kind.BAD_LENGTH, JSON.arrayNode())));
        property.items().filter(DocumentSchema::closed).ifPresent(items -> {
            ObjectNode item = (ObjectNode) samples.fromSchema("", items, false);
            item.put(EXTRA, 1);
            variants.add(new Variant("with an item having " + EXTRA, Kind.EXTRA_PROPERTY, JSON.arrayNode().add(item)));
        });
        property.items().ifPresent(items -> items.required().forEach(required -> {
            ObjectNode item = (ObjectNode) samples.fromSchema("", items, false);
            item.remove(required);
            variants.add(new Variant("with an item without " + required, Kind.MISSING_REQUIRED,
                    JSON.arrayNode().add(item)));
        }));
        return variants;
    }

    /** A value of another JSON kind that ajv's coercion cannot turn into an accepted one. */
    private Optional<JsonNode> wrongType(DocumentSchema property) {
        List<JsonNode> candidates = List.of(
                JSON.objectNode().put("unexpected", "object"),
                JSON.textNode("not-a-number-or-boolean"),
                JSON.arrayNode().add("unexpected array"));
        for (JsonNode candidate : candidates) {
            if (!acceptsKind(property, candidate) && !document.validate(property, AjvCoercion.coerce(property, candidate))
                    .isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean acceptsKind(DocumentSchema schema, JsonNode value) {
        List<DocumentSchema> alternatives = schema.alternatives();
        if (!alternatives.isEmpty()) {
            return alternatives.stream().anyMatch(branch -> acceptsKind(branch, value));
        }
        return schema.types().isEmpty() || schema.types().stream().anyMatch(type -> AjvCoercion.isOfType(value, type));
    }

    /** The schema carrying numeric bounds: the property itself or its integer branch ({@code certificate_id}). */
    private static DocumentSchema numericSchema(DocumentSchema property) {
        return property.alternatives().stream()
                .filter(branch -> branch.hasType("integer"))
                .findFirst()
                .orElse(property);
    }

    private static Optional<String> breaking(String pattern) {
        Pattern compiled = Pattern.compile(pattern);
        return PATTERN_BREAKERS.stream().filter(value -> !compiled.matcher(value).find()).findFirst();
    }

    private void add(List<BodyCase> cases, ApiOperation operation, String name, Kind kind, JsonNode body,
            Optional<String> expectedMessage) {
        boolean valid = document.validateRequestBody(operation, body).isEmpty();
        cases.add(new BodyCase(name, kind, body, valid, valid ? Optional.empty() : expectedMessage));
    }
}
