package dev.npmmcp.cli;

import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringException;
import dev.npmmcp.security.KeyringReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code keyring set SERVICE/ACCOUNT}: the secret comes from stdin, never from the command line, where it would stay
 * in the shell history and the process list.
 */
@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = {
            "Read a secret from stdin (not echoed on a terminal) and store it in the OS keyring.",
            "Prints the keyring:SERVICE/ACCOUNT reference to put in instances.yaml."
        })
final class KeyringSetCommand implements Callable<Integer> {

    private final Keyring keyring;
    private final SecretInput input;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "SERVICE/ACCOUNT",
            description = "Where to store it, e.g. npm-mcp/home (the account may contain '/'; a keyring: prefix is"
                    + " accepted)")
    String entry;

    KeyringSetCommand(Keyring keyring, SecretInput input) {
        this.keyring = keyring;
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        KeyringReference reference = reference();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> secret = input.read("Secret for " + reference + ": ");
        if (secret.isEmpty()) {
            err.println("npm-mcp: no secret given; type it at the prompt or pipe it in, e.g."
                    + " npm-mcp keyring set " + entry + " < secret.txt");
            err.flush();
            return 1;
        }
        try {
            keyring.store(reference, secret.get());
        } catch (KeyringException e) {
            err.println("npm-mcp: " + e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(reference);
        out.flush();
        err.println("npm-mcp: stored; refer to it in instances.yaml, e.g. password: " + reference);
        err.flush();
        return 0;
    }

    private KeyringReference reference() {
        String value = KeyringReference.isReference(entry) ? entry : KeyringReference.PREFIX + entry;
        try {
            return KeyringReference.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "'" + entry + "' is not SERVICE/ACCOUNT: "
                    + e.getMessage());
        }
    }
}
