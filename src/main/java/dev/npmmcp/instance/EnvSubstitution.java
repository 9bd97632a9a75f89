package dev.npmmcp.instance;

import java.util.Map;
import java.util.Optional;

/**
 * {@code ${VAR}} references in configuration values, resolved against an explicit environment map so tests never touch
 * the real environment. {@code $${} stands for a literal {@code ${}. An unset variable is an error naming the variable
 * and where it was used, never a silent empty string: an empty password would only fail later, at login, far from the
 * cause.
 */
final class EnvSubstitution {

    private final Map<String, String> env;

    EnvSubstitution(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * @param where the file or variable and the key the text came from, for error messages
     */
    String resolve(String text, String where) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                String name = end < 0 ? "" : text.substring(i + 2, end);
                if (!isVariableName(name)) {
                    throw new InstanceConfigException(where + ": malformed variable reference (write ${NAME} with"
                            + " letters, digits and underscores, or $${ for a literal ${)");
                }
                String value = env.get(name);
                if (value == null) {
                    throw new InstanceConfigException(where + " refers to environment variable " + name
                            + ", which is not set: set " + name + " in the server's environment or replace the"
                            + " reference");
                }
                out.append(value);
                i = end + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The variable when the whole text is exactly one reference, e.g. {@code ${NPM_PASSWORD}}. */
    static Optional<String> soleReference(String text) {
        if (text.startsWith("${") && text.endsWith("}") && text.indexOf('}') == text.length() - 1) {
            String name = text.substring(2, text.length() - 1);
            return isVariableName(name) ? Optional.of(name) : Optional.empty();
        }
        return Optional.empty();
    }

    Optional<String> lookup(String name) {
        return Optional.ofNullable(env.get(name));
    }

    private static boolean isVariableName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(c -> c == '_' || (c < 128 && Character.isLetterOrDigit(c)));
    }
}
