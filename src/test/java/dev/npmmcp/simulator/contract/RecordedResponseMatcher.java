package dev.npmmcp.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.RecordedJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a simulator response body with the body NPM answered, as recorded: the same keys and JSON types at every
 * level, and the same values wherever NPM itself would answer the same thing again (error messages, booleans, ids,
 * names, settings). What a second run of NPM would not reproduce is normalised, never ignored:
 * <ul>
 *   <li>timestamps ({@code created_on}, {@code expires}, ...) must have the recorded format, digit for digit;</li>
 *   <li>gravatar URLs must match except for the hash; {@code <jwt>} must be a JWT; any other {@code <placeholder>}
 *       must be a non-empty string; a PEM must be a PEM of the same kind;</li>
 *   <li>{@code nginx_err} texts must match except for digits (line numbers of NPM's generated config);</li>
 *   <li>{@code debug} (stack traces and certbot's spawn error) must have the recorded members of the recorded types;</li>
 *   <li>where the recording was cut, only what it holds is compared: a cut string is a prefix, a cut number a number,
 *       and a cut object or array may hold more than the recording.</li>
 * </ul>
 */
final class RecordedResponseMatcher {

    private static final Set<String> TIMESTAMPS = Set.of("created_on", "modified_on", "expires_on", "expires", "expiredAt");
    private static final Pattern JWT = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^<[^<>]+>$");
    private static final Pattern GRAVATAR_HASH = Pattern.compile("avatar/[0-9a-f]{1,32}");
    private static final Pattern PEM_HEADER = Pattern.compile("^-----BEGIN [A-Z ]+-----");

    private RecordedResponseMatcher() {}

    /** The differences between the recorded body and the actual one, each naming its JSON pointer; empty if none. */
    static List<String> differences(RecordedJson recorded, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        recorded.value().ifPresentOrElse(
                expected -> new Walk(recorded, differences).compare("", "", expected, actual),
                () -> {
                    if (!actual.isMissingNode() && !(actual.isTextual() && actual.asText().isEmpty())) {
                        differences.add("(root): NPM sent no body, got " + abbreviate(actual));
                    }
                });
        return differences;
    }

    private record Walk(RecordedJson recorded, List<String> differences) {

        void compare(String pointer, String key, JsonNode expected, JsonNode actual) {
            if (key.equals("debug")) {
                compareDebug(pointer, expected, actual);
                return;
            }
            if (!kind(expected).equals(kind(actual))) {
                differ(pointer, "NPM answered " + kind(expected) + " " + abbreviate(expected) + ", got "
                        + kind(actual) + " " + abbreviate(actual));
                return;
            }
            if (expected.isObject()) {
                compareObject(pointer, expected, actual);
            } else if (expected.isArray()) {
                compareArray(pointer, expected, actual);
            } else {
                compareValue(pointer, key, expected, actual);
            }
        }

        private void compareObject(String pointer, JsonNode expected, JsonNode actual) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String child = pointer + "/" + member.getKey();
                if (!actual.has(member.getKey())) {
                    differ(child, "NPM answered it (" + abbreviate(member.getValue()) + "), missing");
                } else {
                    compare(child, member.getKey(), member.getValue(), actual.get(member.getKey()));
                }
            }
            if (!recorded.open().contains(pointer)) {
                actual.fieldNames().forEachRemaining(name -> {
                    if (!expected.has(name)) {
                        differ(pointer + "/" + name, "NPM does not answer it, got " + abbreviate(actual.get(name)));
                    }
                });
            }
        }

        private void compareArray(String pointer, JsonNode expected, JsonNode actual) {
            boolean cut = recorded.open().contains(pointer);
            if (cut ? actual.size() < expected.size() : actual.size() != expected.size()) {
                differ(pointer, "NPM answered " + expected.size() + (cut ? "+" : "") + " items, got " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(pointer + "/" + i, "", expected.get(i), actual.get(i));
            }
        }

        private void compareValue(String pointer, String key, JsonNode expected, JsonNode actual) {
            boolean cut = recorded.partial().contains(pointer);
            if (expected.isNumber()) {
                if (!cut && expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                    differ(pointer, "NPM answered " + expected + ", got " + actual);
                }
                return;
            }
            if (!expected.isTextual()) {
                if (!expected.equals(actual)) {
                    differ(pointer, "NPM answered " + expected + ", got " + actual);
                }
                return;
            }
            String want = expected.asText();
            String got = actual.asText();
            if (TIMESTAMPS.contains(key)) {
                matchText(pointer, digitsMasked(want), digitsMasked(got), cut, "format of " + want);
            } else if (want.startsWith("<jwt>")) {
                if (!JWT.matcher(got).matches()) {
                    differ(pointer, "NPM answered a JWT, got " + abbreviate(actual));
                }
            } else if (PLACEHOLDER.matcher(want).matches() || (cut && want.startsWith("<"))) {
                if (got.isEmpty()) {
                    differ(pointer, "NPM answered " + want + ", got an empty string");
                }
            } else if (PEM_HEADER.matcher(want).find()) {
                String header = PEM_HEADER.matcher(want).results().findFirst().orElseThrow().group();
                if (!got.startsWith(header)) {
                    differ(pointer, "NPM answered a PEM starting " + header + ", got " + abbreviate(actual));
                }
            } else if (key.equals("avatar")) {
                matchText(pointer, hashMasked(want), hashMasked(got), cut, want);
            } else if (key.equals("nginx_err")) {
                matchText(pointer, digitsMasked(want), digitsMasked(got), cut, want);
            } else {
                matchText(pointer, want, got, cut, want);
            }
        }

        private void matchText(String pointer, String want, String got, boolean prefix, String described) {
            boolean matches = prefix ? got.startsWith(want) : got.equals(want);
            if (!matches) {
                differ(pointer, "NPM answered " + (prefix ? "a text starting " : "") + quote(described) + ", got "
                        + quote(got));
            }
        }

        /** Stack traces and certbot's spawn error are NPM's environment: the members and their types must match. */
        private void compareDebug(String pointer, JsonNode expected, JsonNode actual) {
            if (!kind(expected).equals(kind(actual))) {
                differ(pointer, "NPM answered " + kind(expected) + ", got " + kind(actual));
                return;
            }
            expected.fieldNames().forEachRemaining(name -> {
                if (!actual.has(name)) {
                    differ(pointer + "/" + name, "NPM answered it, missing");
                } else if (!kind(expected.get(name)).equals(kind(actual.get(name)))) {
                    differ(pointer + "/" + name, "NPM answered " + kind(expected.get(name)) + ", got "
                            + kind(actual.get(name)));
                }
            });
            if (!recorded.open().contains(pointer)) {
                actual.fieldNames().forEachRemaining(name -> {
                    if (!expected.has(name)) {
                        differ(pointer + "/" + name, "NPM does not answer it");
                    }
                });
            }
        }

        private void differ(String pointer, String what) {
            differences.add((pointer.isEmpty() ? "(root)" : pointer) + ": " + what);
        }
    }

    static String kind(JsonNode node) {
        if (node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String digitsMasked(String text) {
        return text.replaceAll("[0-9]", "9");
    }

    private static String hashMasked(String text) {
        return GRAVATAR_HASH.matcher(text).replaceAll("avatar/<md5>");
    }

    private static String quote(String text) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
