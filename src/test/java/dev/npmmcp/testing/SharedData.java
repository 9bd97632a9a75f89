package dev.npmmcp.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference data in {@code ../shared} (NPM's OpenAPI document, recorded exchanges, Fernet vectors). Tests read it
 * in place. Outside this repository's CI it may be absent: then the test is skipped with a message saying so; in CI
 * (CI=true) its absence is a failure, because a skipped contract test proves nothing.
 */
public final class SharedData {

    private SharedData() {}

    public static Path root() {
        String configured = System.getProperty("npmmcp.shared.dir");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return root.toAbsolutePath().normalize();
    }

    /** Resolves a file or folder under ../shared, skipping (or failing in CI) when it is absent. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            String message = "SKIPPED: reference data " + path + " is absent (../shared is only beside clones made by"
                    + " this repository's CI); this test needs it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message.replace("SKIPPED", "MISSING in CI"));
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        return path;
    }
}
