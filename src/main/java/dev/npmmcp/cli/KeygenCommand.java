package dev.npmmcp.cli;

import dev.npmmcp.security.EncryptionKeys;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code keygen}: a new token cache key on stdout, so it can be piped or captured without the hint. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = "Print a new key for the encrypted token cache (Fernet, base64url).")
final class KeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(EncryptionKeys.generateKey());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("npm-mcp: use it as " + EncryptionKeys.ENV_VAR + "=<key> in the environment that starts npm-mcp,"
                + " or store it with: npm-mcp keyring set " + keyringEntry() + " (a new key only means logging in"
                + " again)");
        err.flush();
        return 0;
    }

    private static String keyringEntry() {
        return EncryptionKeys.KEYRING_ENTRY.service() + "/" + EncryptionKeys.KEYRING_ENTRY.account();
    }
}
