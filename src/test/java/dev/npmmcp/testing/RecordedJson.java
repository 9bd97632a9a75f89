package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON body as the exchange logs hold it: possibly cut after ~1,500 characters (sometimes with a trailing
 * {@code …}). What was cut is reported, not guessed: {@link #open()} names every container whose end was lost (its
 * later members are unknown) and {@link #partial()} every scalar whose end was lost (a string is a prefix of the real
 * one, a number may have had more digits). A value that was not even started is left out.
 *
 * @param value the parsed value; missing only when the body was empty
 * @param open JSON pointers of the containers the cut went through, {@code ""} being the root
 * @param partial JSON pointers of the last scalar when the cut went through it
 */
public record RecordedJson(Optional<JsonNode> value, Set<String> open, Set<String> partial) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public RecordedJson {
        open = Set.copyOf(open);
        partial = Set.copyOf(partial);
    }

    public boolean truncated() {
        return !open.isEmpty() || !partial.isEmpty();
    }

    /** Parses a recorded body; throws {@link IllegalArgumentException} when it is not (a prefix of) JSON. */
    public static RecordedJson parse(String recorded) {
        String text = recorded.strip();
        if (text.endsWith("…")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return new RecordedJson(Optional.empty(), Set.of(), Set.of());
        }
        Parser parser = new Parser(text);
        Optional<JsonNode> value = parser.value("");
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw new IllegalArgumentException("trailing text after JSON at " + parser.position + ": " + recorded);
        }
        return new RecordedJson(value, parser.open, parser.partial);
    }

    private static final class Parser {
        private final String text;
        private int position;
        private final Set<String> open = new TreeSet<>();
        private final Set<String> partial = new TreeSet<>();

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        void skipWhitespace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        /** The value at {@code pointer}, or empty when the text ends before it starts or mid-literal. */
        Optional<JsonNode> value(String pointer) {
            skipWhitespace();
            if (atEnd()) {
                return Optional.empty();
            }
            char first = text.charAt(position);
            return switch (first) {
                case '{' -> Optional.of(object(pointer));
                case '[' -> Optional.of(array(pointer));
                case '"' -> Optional.of(string(pointer));
                case 't' -> literal("true", JSON.booleanNode(true));
                case 'f' -> literal("false", JSON.booleanNode(false));
                case 'n' -> literal("null", JSON.nullNode());
                default -> Optional.of(number(pointer));
            };
        }

        private ObjectNode object(String pointer) {
            ObjectNode object = JSON.objectNode();
            position++;
            while (true) {
                skipWhitespace();
                if (atEnd()) {
                    open.add(pointer);
                    return object;
                }
                if (text.charAt(position) == '}') {
                    position++;
                    return object;
                }
                if (text.charAt(position) == ',') {
                    position++;
                    skipWhitespace();
                }
                int keyStart = position;
                Text key = text();
                skipWhitespace();
                if (!key.complete() || atEnd()) {
                    open.add(pointer);
                    return object;
                }
                if (text.charAt(position) != ':') {
                    throw new IllegalArgumentException("expected ':' after key at " + keyStart);
                }
                position++;
                String child = pointer + "/" + key.value().replace("~", "~0").replace("/", "~1");
                Optional<JsonNode> member = value(child);
                member.ifPresent(node -> object.set(key.value(), node));
                if (member.isEmpty() || (atEnd() && !closedBefore(child))) {
                    open.add(pointer);
                    return object;
                }
            }
        }

        private ArrayNode array(String pointer) {
            ArrayNode array = JSON.arrayNode();
            position++;
            while (true) {
                skipWhitespace();
                if (atEnd()) {
                    open.add(pointer);
                    return array;
                }
                if (text.charAt(position) == ']') {
                    position++;
                    return array;
                }
                if (text.charAt(position) == ',') {
                    position++;
                }
                String child = pointer + "/" + array.size();
                Optional<JsonNode> item = value(child);
                item.ifPresent(array::add);
                if (item.isEmpty() || (atEnd() && !closedBefore(child))) {
                    open.add(pointer);
                    return array;
                }
            }
        }

        /** Whether the member at {@code child} ended before the text did (then only its container was cut). */
        private boolean closedBefore(String child) {
            return !open.contains(child) && !partial.contains(child);
        }

        private JsonNode string(String pointer) {
            Text value = text();
            if (!value.complete()) {
                partial.add(pointer);
            }
            return JSON.textNode(value.value());
        }

        private record Text(String value, boolean complete) {}

        private Text text() {
            if (atEnd()) {
                return new Text("", false);
            }
            if (text.charAt(position) != '"') {
                throw new IllegalArgumentException("expected a string at " + position);
            }
            position++;
            StringBuilder value = new StringBuilder();
            while (!atEnd()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return new Text(value.toString(), true);
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                if (atEnd()) {
                    break;
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            position = text.length();
                            return new Text(value.toString(), false);
                        }
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> value.append(escaped);
                }
            }
            return new Text(value.toString(), false);
        }

        private Optional<JsonNode> literal(String word, JsonNode node) {
            int end = Math.min(text.length(), position + word.length());
            String seen = text.substring(position, end);
            if (!word.startsWith(seen)) {
                throw new IllegalArgumentException("unexpected '" + seen + "' at " + position);
            }
            position = end;
            return seen.length() == word.length() ? Optional.of(node) : Optional.empty();
        }

        private JsonNode number(String pointer) {
            int start = position;
            while (!atEnd() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            if (start == position) {
                throw new IllegalArgumentException("unexpected '" + text.charAt(position) + "' at " + position);
            }
            if (atEnd() && !pointer.isEmpty()) {
                partial.add(pointer);
            }
            BigDecimal number = new BigDecimal(text.substring(start, position));
            return number.stripTrailingZeros().scale() <= 0 && !text.substring(start, position).contains(".")
                    ? JSON.numberNode(number.toBigIntegerExact())
                    : JSON.numberNode(number);
        }
    }
}
