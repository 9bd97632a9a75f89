package dev.npmmcp.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.security.SecureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Whether an instances file gives away secrets: plain-text ones, in a file other users can read. */
final class FilePermissions {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");

    private FilePermissions() {}

    /**
     * The warning, naming the file, the secrets and the fix, when {@code root} (the file as written, references
     * unresolved) holds a secret in plain text and the file can be read by others; empty otherwise.
     */
    static Optional<String> exposedSecrets(Path file, ObjectNode root) {
        List<String> plain = plainSecrets(root);
        if (plain.isEmpty() || !readableByOthers(file)) {
            return Optional.empty();
        }
        return Optional.of(file + " holds secrets in plain text (" + String.join(", ", plain) + ") and other users"
                + " can read it; restrict it with: chmod 600 " + file + " (or replace the secrets with ${VAR},"
                + " keyring:SERVICE/ACCOUNT or file:PATH references)");
    }

    private static List<String> plainSecrets(ObjectNode root) {
        List<String> plain = new ArrayList<>();
        JsonNode instances = root.path("instances");
        for (int i = 0; i < instances.size(); i++) {
            JsonNode entry = instances.get(i);
            String name = entry.path(InstanceEntry.NAME).isTextual()
                    ? "'" + entry.path(InstanceEntry.NAME).textValue() + "'"
                    : "instance #" + (i + 1);
            for (String key : ConfigChange.SECRET_KEYS.stream().sorted().toList()) {
                JsonNode value = entry.path(key);
                if (!value.isMissingNode() && !value.isNull() && !isReference(value)) {
                    plain.add(key + " of " + name);
                }
            }
        }
        return plain;
    }

    /** Only references: {@code ${VAR}} (one or several), {@code keyring:} or {@code file:}. */
    private static boolean isReference(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.textValue();
        return SecretReferences.isReference(text)
                || (text.contains("${") && !text.contains("$${") && VARIABLE.matcher(text).replaceAll("").isEmpty());
    }

    private static boolean readableByOthers(Path file) {
        try {
            return SecureFiles.isReadableByOthers(file);
        } catch (IOException e) {
            // cannot tell: the file was just read, so a real problem shows up elsewhere
            return false;
        }
    }
}
