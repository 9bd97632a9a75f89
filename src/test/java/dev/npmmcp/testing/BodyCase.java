package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A request body made from an operation's schema to probe the server's validation.
 *
 * @param name what the body tries, e.g. {@code forward_port above maximum 65535}
 * @param documentValid the document's verdict on the body after ajv's coercion (not the generator's intent)
 * @param expectedMessage a fragment NPM's ajv message contains when it refuses the body, e.g.
 *     {@code data must have required property 'domain_names'} or {@code data/forward_port}
 */
public record BodyCase(String name, Kind kind, JsonNode body, boolean documentValid, Optional<String> expectedMessage) {

    /** What the case was made to be; {@link #documentValid} says what the document makes of it. */
    public enum Kind {
        ONLY_REQUIRED(true),
        ALL_PROPERTIES(true),
        MISSING_REQUIRED(false),
        EXTRA_PROPERTY(false),
        WRONG_TYPE(false),
        OUT_OF_RANGE(false),
        NOT_IN_ENUM(false),
        PATTERN_MISMATCH(false),
        BAD_LENGTH(false),
        EMPTY_UPDATE(false);

        private final boolean meantValid;

        Kind(boolean meantValid) {
            this.meantValid = meantValid;
        }

        public boolean meantValid() {
            return meantValid;
        }
    }

    @Override
    public String toString() {
        return kind + " " + name + ": " + body;
    }
}
