package dev.npmmcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.accesslist.ListAccessListsTool;
import dev.npmmcp.accesslist.ManageAccessListTool;
import dev.npmmcp.proxyhost.GetProxyHostTool;
import dev.npmmcp.proxyhost.ListProxyHostsTool;
import dev.npmmcp.proxyhost.ManageProxyHostTool;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.Tool;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each tool's answer fits the output schema it publishes; the SDK refuses to send one that does not. */
class OutputSchemaTest {

    /** A feature's tools called in turn on the demo homelab. */
    interface Scenario {
        void run(SchemaChecked npm);
    }

    /** Calls a tool and holds its answer to the tool's published output schema. */
    record SchemaChecked(ToolFixture npm) {
        JsonNode call(Tool<?, ?> tool, Map<String, ?> arguments) {
            Record output = npm.call(tool, arguments);
            assertThat(npm.schemaErrors(tool, output)).as(tool.name()).isEmpty();
            return npm.json(output);
        }
    }

    static Stream<Named<Scenario>> features() {
        return Stream.of(
                Named.of("proxy host tools", OutputSchemaTest::proxyHosts),
                Named.of("access list tools", OutputSchemaTest::accessLists));
    }

    @ParameterizedTest
    @MethodSource("features")
    void shouldAnswerWhatTheOutputSchemasPromise(Scenario scenario) {
        try (ToolFixture npm = ToolFixture.demo()) {
            scenario.run(new SchemaChecked(npm));
        }
    }

    private static void proxyHosts(SchemaChecked npm) {
        Tool<?, ?> list = new ListProxyHostsTool();
        Tool<?, ?> manage = new ManageProxyHostTool();

        npm.call(list, Map.of());
        npm.call(list, Map.of("compact", false));
        npm.call(new GetProxyHostTool(), Map.of("domain_name", "nas.home.lan"));
        int created = npm.call(manage, Map.of("operation", "create", "domain_names", List.of("schema.example.net"),
                "forward_host", "10.0.0.1", "forward_port", 80)).get("host_id").asInt();
        npm.call(manage, Map.of("operation", "delete", "host_id", created, "confirm", true));
    }

    private static void accessLists(SchemaChecked npm) {
        Tool<?, ?> manage = new ManageAccessListTool();

        npm.call(new ListAccessListsTool(), Map.of());
        int created = npm.call(manage, Map.of("operation", "create", "name", "schema",
                "items", List.of(Map.of("username", "u", "password", "p-1")))).get("list_id").asInt();
        npm.call(manage, Map.of("operation", "update", "list_id", created, "name", "schema-2"));
        npm.call(manage, Map.of("operation", "delete", "list_id", created, "confirm", true));
    }
}
