package dev.npmmcp.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one redaction layer for log lines, error messages and tool results. It masks the secrets registered with it
 * (passwords, API tokens, TOTP secrets as they are loaded), plus what looks like a credential whoever it belongs to:
 * JWTs, Authorization header values, PEM private key blocks, and the values of fields named like secrets in JSON,
 * YAML, query strings and form bodies. It errs on the side of masking too much.
 *
 * <p>One instance per process, made at start and passed around (the logging backend holds it); thread-safe.
 */
public final class Redactor {

    public static final String MASK = "********";
    /** Shorter secrets would mask ordinary words everywhere; they are refused by {@link #register}. */
    public static final int MIN_SECRET_LENGTH = 4;

    private static final Set<String> SECRET_FIELDS = Set.of(
            "password",
            "secret",
            "token",
            "api_token",
            "access_token",
            "refresh_token",
            "challenge_token",
            "certificate_key",
            "totp_secret",
            "current");
    private static final String NAMES = String.join("|", SECRET_FIELDS);

    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)", Pattern.DOTALL);
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{7,}\\.[A-Za-z0-9_-]{4,}(?:\\.[A-Za-z0-9_-]*)?");
    private static final Pattern AUTHORIZATION_HEADER = Pattern.compile(
            "(?i)(\\bauthorization[\"']?\\s*[:=]\\s*[\"']?(?:(?:bearer|basic|token)\\s+)?)[^\\s\"',;}\\\\]+");
    /** Bearer or Basic credentials outside a header; a digit or base64 sign tells them from prose ("Bearer token"). */
    private static final Pattern SCHEME_CREDENTIAL = Pattern.compile(
            "(?i)\\b(bearer|basic)(\\s+)(?=[A-Za-z0-9._~+/-]*[0-9+/=_~])[A-Za-z0-9._~+/-]{4,}=*");
    // values use unrolled, possessive loops: Java's regex engine recurses per repetition of an alternation and
    // would overflow the stack on a long certificate key
    private static final Pattern JSON_FIELD =
            Pattern.compile("(?i)(\"(?:" + NAMES + ")\"\\s*:\\s*)(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|[^\\s,}\\]{\\[]+)");
    /** The same, inside a JSON document that is itself a JSON string (an error message quoting a request body). */
    private static final Pattern ESCAPED_JSON_FIELD = Pattern.compile(
            "(?i)(\\\\\"(?:" + NAMES + ")\\\\\"\\s*:\\s*)(\\\\\"[^\\\\]*+(?:\\\\[^\"][^\\\\]*+)*+\\\\\"|[^\\s,}\\]{\\[\\\\]+)");
    private static final Pattern YAML_FIELD =
            Pattern.compile("(?im)^(\\s*(?:-\\s+)?(?:" + NAMES + ")\\s*:[ \\t]+)([^\\r\\n]*[^\\s])");
    private static final Pattern QUERY_FIELD = Pattern.compile("(?i)(?<!\\w)((?:" + NAMES + ")=)([^&\\s\"',;]+)");
    /** References name where a secret lives, not the secret: keeping them makes config diagnostics readable. */
    private static final Pattern REFERENCE =
            Pattern.compile("(?:\\\\?[\"'])?(?:\\$\\{[A-Za-z_][A-Za-z0-9_]*}|keyring:[^\\s\"']+|\\*{8})(?:\\\\?[\"'])?");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private volatile Optional<Pattern> registered = Optional.empty();

    /**
     * Masks every later occurrence of {@code secret}, also as it appears JSON-escaped or URL-encoded. Secrets shorter
     * than {@link #MIN_SECRET_LENGTH} are refused with {@link IllegalArgumentException}: masking them would garble
     * ordinary text, and NPM itself demands longer passwords.
     */
    public void register(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "a secret to redact needs at least " + MIN_SECRET_LENGTH + " characters");
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(jsonEscaped(secret));
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        synchronized (secrets) {
            if (secrets.addAll(forms)) {
                String alternation = secrets.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|"));
                registered = Optional.of(Pattern.compile(alternation));
            }
        }
    }

    public String redact(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return redactPatterns(text);
        } catch (StackOverflowError e) {
            // pathological input (tens of thousands of escapes in one value): withhold all of it rather than
            // let a secret through or fail the log line or tool result that carries it
            return MASK + " (" + text.length() + " characters withheld: too complex to redact)";
        }
    }

    private String redactPatterns(String text) {
        String out = PEM_PRIVATE_KEY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                "-----BEGIN " + m.group(1) + "PRIVATE KEY-----" + MASK + "-----END " + m.group(1) + "PRIVATE KEY-----"));
        Optional<Pattern> known = registered;
        if (known.isPresent()) {
            out = known.get().matcher(out).replaceAll(MASK);
        }
        out = JWT.matcher(out).replaceAll(MASK);
        out = AUTHORIZATION_HEADER.matcher(out).replaceAll("$1" + MASK);
        out = SCHEME_CREDENTIAL.matcher(out).replaceAll("$1$2" + MASK);
        out = JSON_FIELD.matcher(out).replaceAll(m -> maskValue(m, "\""));
        out = ESCAPED_JSON_FIELD.matcher(out).replaceAll(m -> maskValue(m, "\\\""));
        out = YAML_FIELD.matcher(out).replaceAll(m -> maskValue(m, ""));
        return QUERY_FIELD.matcher(out).replaceAll(m -> maskValue(m, ""));
    }

    /**
     * A copy of {@code node} with the values of secret-named fields masked (nulls stay null, so "not set" still
     * shows) and every other string redacted as text.
     */
    public JsonNode redact(JsonNode node) {
        Objects.requireNonNull(node, "node");
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                boolean secret = SECRET_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT));
                copy.set(field.getKey(), secret && !value.isNull() ? copy.textNode(MASK) : redact(value));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
            array.forEach(element -> copy.add(redact(element)));
            return copy;
        }
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(redact(node.textValue()));
        }
        return node.deepCopy();
    }

    /** {@code admin@example.com} as {@code ad***@example.com}: enough to tell accounts apart, not to harvest them. */
    public static String maskEmail(String email) {
        Objects.requireNonNull(email, "email");
        int at = email.lastIndexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        String domain = at < 0 ? "" : email.substring(at);
        int keep = Math.min(2, local.length() - 1);
        return (keep > 0 ? local.substring(0, keep) : "") + "***" + domain;
    }

    /** A credential shown only as being set: its length is not revealed either. Empty stays empty ("not set"). */
    public static String maskSecret(String secret) {
        Objects.requireNonNull(secret, "secret");
        return secret.isEmpty() ? "" : MASK;
    }

    private static String maskValue(MatchResult match, String quote) {
        String value = match.group(2);
        String replacement = value.equals("null") || REFERENCE.matcher(value).matches()
                ? match.group()
                : match.group(1) + quote + MASK + quote;
        return Matcher.quoteReplacement(replacement);
    }

    private static String jsonEscaped(String secret) {
        return secret.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
