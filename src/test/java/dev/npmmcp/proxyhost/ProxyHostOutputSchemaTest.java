package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each proxy host tool's answer fits the output schema it publishes; the SDK refuses to send one that does not. */
class ProxyHostOutputSchemaTest {

    @TempDir
    Path home;

    private SimulatedNpm npm;

    @BeforeEach
    void start() {
        npm = SimulatedNpm.demo(home);
    }

    @AfterEach
    void stop() {
        npm.close();
    }

    @Test
    void shouldAnswerWhatTheOutputSchemasPromise() {
        ListProxyHostsTool list = new ListProxyHostsTool();
        GetProxyHostTool get = new GetProxyHostTool();
        ManageProxyHostTool manage = new ManageProxyHostTool();

        assertThat(npm.schemaErrors(list, npm.call(list, Map.of()))).isEmpty();
        assertThat(npm.schemaErrors(list, npm.call(list, Map.of("compact", false)))).isEmpty();
        assertThat(npm.schemaErrors(get, npm.call(get, Map.of("domain_name", "nas.home.lan")))).isEmpty();
        ManageProxyHostTool.Result created = npm.call(manage, Map.of("operation", "create",
                "domain_names", List.of("schema.example.net"), "forward_host", "10.0.0.1", "forward_port", 80));
        assertThat(npm.schemaErrors(manage, created)).isEmpty();
        assertThat(npm.schemaErrors(manage, npm.call(manage, Map.of("operation", "delete",
                "host_id", created.hostId(), "confirm", true)))).isEmpty();
    }
}
