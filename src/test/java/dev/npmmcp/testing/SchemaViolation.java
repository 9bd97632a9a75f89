package dev.npmmcp.testing;

/**
 * One way a JSON value breaks a schema of NPM's document.
 *
 * @param instanceLocation where in the value, e.g. {@code /forward_port}
 * @param keyword the schema keyword that failed, e.g. {@code maximum}
 */
public record SchemaViolation(String instanceLocation, String keyword, String message) {

    @Override
    public String toString() {
        return instanceLocation + " [" + keyword + "] " + message;
    }
}
