package dev.npmmcp.accesslist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each access list tool's answer fits the output schema it publishes; the SDK refuses to send one that does not. */
class AccessListOutputSchemaTest {

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
        ListAccessListsTool list = new ListAccessListsTool();
        ManageAccessListTool manage = new ManageAccessListTool();

        assertThat(npm.schemaErrors(list, npm.call(list, Map.of()))).isEmpty();
        ManageAccessListTool.Result created = npm.call(manage, Map.of("operation", "create", "name", "schema",
                "items", List.of(Map.of("username", "u", "password", "p-1"))));
        assertThat(npm.schemaErrors(manage, created)).isEmpty();
        assertThat(npm.schemaErrors(manage, npm.call(manage, Map.of("operation", "update",
                "list_id", created.listId(), "name", "schema-2")))).isEmpty();
        assertThat(npm.schemaErrors(manage, npm.call(manage, Map.of("operation", "delete",
                "list_id", created.listId(), "confirm", true)))).isEmpty();
    }
}
