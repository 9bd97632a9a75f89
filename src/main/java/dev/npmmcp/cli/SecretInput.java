package dev.npmmcp.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where a command reads a secret from. */
@FunctionalInterface
interface SecretInput {

    /** The secret, without its line end; empty when none was given. */
    Optional<String> read(String prompt) throws IOException;

    /**
     * The terminal without echo when there is one, else the first line of stdin (System.console() is null when stdin
     * or stdout is redirected). Nothing is touched before the first read.
     */
    static SecretInput standard() {
        return prompt -> {
            Console console = System.console();
            if (console == null) {
                return firstLineOf(System.in).read(prompt);
            }
            char[] typed = console.readPassword("%s", prompt);
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
        };
    }

    /** The first line of piped input; the stream stays open, it may be the process's stdin. */
    static SecretInput firstLineOf(InputStream in) {
        return prompt -> {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
        };
    }
}
