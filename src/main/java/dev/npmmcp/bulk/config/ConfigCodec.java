package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.stream.Collectors;

/**
 * Writes configuration documents as JSON or YAML and reads either back. An unknown field is an error (a typo would
 * otherwise be ignored silently); a missing boolean reads as false, and a missing required value fails the entry's
 * own check, which names it.
 */
public final class ConfigCodec {

    private final ObjectMapper json = configure(JsonMapper.builder()).build();
    private final ObjectMapper yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build()))
            .build();

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B
            configure(B builder) {
        return builder.addModule(new Jdk8Module())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT);
    }

    public String write(ConfigDocument document, ConfigFormat format) {
        try {
            return (format == ConfigFormat.YAML ? yaml : json).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration document always serializes", e);
        }
    }

    /**
     * Reads a document in JSON or YAML (JSON when it starts with a brace).
     *
     * @throws InvalidDocumentException saying where and what is wrong, in words for the person or LLM who wrote it
     */
    public ConfigDocument read(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidDocumentException("it is empty");
        }
        ObjectMapper mapper = trimmed.startsWith("{") ? json : yaml;
        try {
            ConfigDocument document = mapper.readValue(trimmed, ConfigDocument.class);
            if (document == null) {
                throw new InvalidDocumentException("it holds no document");
            }
            return document;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidDocumentException(at(e) + cause.getMessage());
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidDocumentException(at(e) + "unknown field '" + e.getPropertyName() + "' (known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")) + ")");
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException(at(e) + e.getOriginalMessage());
        }
    }

    private static String at(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping
                ? mapping.getPath().stream()
                        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining())
                : "";
        String line = e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? "line " + e.getLocation().getLineNr() : "";
        String where = (path.isEmpty() ? "" : (path.startsWith(".") ? path.substring(1) : path))
                + (path.isEmpty() || line.isEmpty() ? "" : ", ") + line;
        return where.isEmpty() ? "" : "at " + where + ": ";
    }

    /** A document that cannot be read; the message says where and why. */
    public static final class InvalidDocumentException extends RuntimeException {
        InvalidDocumentException(String problem) {
            super(problem);
        }
    }
}
