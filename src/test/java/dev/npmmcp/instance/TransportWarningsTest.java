package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.security.Redactor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportWarningsTest {

    @Test
    void shouldWarnAtOpenAboutPasswordsSentWithoutTlsToAnotherHostOnly() {
        String json = """
                [{"name":"remote","host":"npm.example.org","username":"a@example.com","password":"pw-remote"},
                 {"name":"lan","host":"192.168.1.10","api_token":"tok-lan"},
                 {"name":"local","host":"127.0.0.1","api_token":"tok-local"},
                 {"name":"ipv6","host":"::1","api_token":"tok-ipv6"},
                 {"name":"named","host":"localhost","api_token":"tok-named"},
                 {"name":"secure","host":"npm.example.org","use_https":true,"api_token":"tok-secure"}]""";
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of("NPM_INSTANCES", json), Path.of("/nonexistent-home"));

        String stderr = StderrCapture.during(() -> InstanceRegistry.open(loader.load(Optional.empty()), loader,
                TokenStore.inMemory(), new Redactor(), new Keyring(KeyringBackend.inMemory())).close());

        assertThat(stderr).contains("WARN", "instance 'remote': use_https is false", "npm.example.org",
                "instance 'lan': use_https is false");
        assertThat(stderr).doesNotContain("'local'", "'ipv6'", "'named'", "'secure'", "pw-remote");
    }

    @Test
    void shouldTellLoopbackLiteralsFromEverythingElseWithoutResolvingNames() {
        assertThat(List.of("127.0.0.1", "127.3.4.5", "::1", "[::1]", "localhost", "LOCALHOST"))
                .allMatch(TransportWarnings::isLoopback);
        assertThat(List.of("10.0.0.1", "npm.lan", "localhost.example.org", "::2", "0.0.0.0.1"))
                .noneMatch(TransportWarnings::isLoopback);
    }
}
