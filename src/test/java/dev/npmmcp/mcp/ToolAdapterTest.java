package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolJson;
import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.AuditLog.Outcome;
import dev.npmmcp.security.Redactor;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ToolAdapterTest {

    private final List<AuditLog.Entry> audit = new CopyOnWriteArrayList<>();
    private final ToolAdapter writable = adapter(false);
    private final ToolAdapter readOnly = adapter(true);

    private ToolAdapter adapter(boolean readOnlyMode) {
        return new ToolAdapter(ToolJson.newMapper(), user -> new ServerToolContext(readOnlyMode, TestInstances.none(), user),
                new WriteAudit(audit::add, Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC)),
                new Redactor());
    }

    /** A call from a client that cannot ask its user (no elicitation). */
    private static CallToolResult call(ToolAdapter adapter, Tool<?, ?> tool, Map<String, Object> arguments) {
        return adapter.call(tool, arguments, UserConfirmation.cannotAsk());
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    @Test
    void shouldAnswerWithStructuredContentAndAShortText() {
        CallToolResult result = call(writable, FixtureTool.reading("npm_echo", Category.SYSTEM), Map.of("text", "hi"));
        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("text", "hi"));
        assertThat(text(result)).isEqualTo("{\"text\":\"hi\"}");
    }

    @Test
    void shouldRefuseWritesInReadOnlyModeWithoutRunningTheTool() {
        FixtureTool write = FixtureTool.writing("npm_write", Category.PROXY_HOST);
        CallToolResult result = call(readOnly, write, Map.of("text", "x"));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("npm_write failed: Refused to run npm_write: the server runs in"
                + " read-only mode.\nNext step: ");
        assertThat(write.calls).hasValue(0);
    }

    @Test
    void shouldLetReadsThroughInReadOnlyMode() {
        CallToolResult result = call(readOnly, FixtureTool.reading("npm_read", Category.SYSTEM), Map.of("text", "x"));
        assertThat(result.isError()).isFalse();
    }

    @Test
    void shouldTurnAToolFailureIntoAnErrorResultWithTheNextStep() {
        FixtureTool failing = new FixtureTool("npm_get_thing", Category.PROXY_HOST, ToolHints.reading(), echo -> {
            throw new ToolFailure("Instance 'home': proxy host 9 does not exist.", "Call npm_list_proxy_hosts.");
        });
        CallToolResult result = call(writable, failing, Map.of("text", "x"));
        assertThat(result.isError()).isTrue();
        assertThat(result.structuredContent()).isNull();
        assertThat(text(result)).isEqualTo("npm_get_thing failed: Instance 'home': proxy host 9 does not exist."
                + "\nNext step: Call npm_list_proxy_hosts.");
    }

    @Test
    void shouldTurnAnNpmErrorIntoAnErrorResultNamingInstanceAndOperation() {
        FixtureTool failing = new FixtureTool("npm_get_proxy_host", Category.PROXY_HOST, ToolHints.reading(), echo -> {
            throw new NpmNotFoundException("home", "getProxyHost", 404, "Not Found",
                    "Call npm_list_proxy_hosts to see the ids that exist.");
        });
        CallToolResult result = call(writable, failing, Map.of("text", "x"));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("npm_get_proxy_host failed: NPM instance 'home', getProxyHost: HTTP 404:"
                + " Not Found\nNext step: Call npm_list_proxy_hosts to see the ids that exist.");
    }

    @Test
    void shouldTurnBadArgumentsIntoAnErrorResult() {
        CallToolResult result = call(writable, FixtureTool.reading("npm_echo", Category.SYSTEM), null);
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("missing required parameter 'text'");
    }

    @Test
    void shouldThrowWhatIsABug() {
        FixtureTool buggy = new FixtureTool("npm_buggy", Category.SYSTEM, ToolHints.reading(), echo -> {
            throw new IllegalStateException("broken invariant");
        });
        assertThatThrownBy(() -> call(writable, buggy, Map.of("text", "x"))).hasMessage("broken invariant");
    }

    @Test
    void shouldStateOnlyTheHintsThatDifferFromMcpsDefaults() {
        ToolAnnotations destructive = ToolAdapter.annotations(ToolHints.writing(true, false));
        assertThat(destructive.readOnlyHint()).isNull();
        assertThat(destructive.destructiveHint()).isNull();
        assertThat(destructive.idempotentHint()).isNull();
        assertThat(destructive.openWorldHint()).isNull();

        ToolAnnotations gentle = ToolAdapter.annotations(ToolHints.writing(false, true));
        assertThat(gentle.destructiveHint()).isFalse();
        assertThat(gentle.idempotentHint()).isTrue();

        ToolAnnotations reading = ToolAdapter.annotations(ToolHints.reading());
        assertThat(reading.readOnlyHint()).isTrue();
        assertThat(reading.destructiveHint()).isNull();
        assertThat(reading.idempotentHint()).isNull();
        assertThat(ToolAdapter.annotations(new ToolHints(true, false, true, false)).openWorldHint()).isFalse();
    }

    private static Map<String, Object> arguments(Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }

    @Test
    void shouldRecordAWriteWithItsInstanceTargetOutcomeAndMessage() {
        CallToolResult result = call(writable, new DeleteFixtureTool(), arguments("instance_name", "office",
                "host_id", 7, "domain_names", List.of("a.example.com", "b.example.com"), "confirm", true));

        assertThat(result.isError()).isFalse();
        assertThat(audit).containsExactly(new AuditLog.Entry(Instant.parse("2025-06-01T12:00:00Z"),
                Optional.of("office"), DeleteFixtureTool.NAME, "host_id=7 domain_names=a.example.com,b.example.com",
                Outcome.OK, "Deleted proxy host 7."));
    }

    @Test
    void shouldLeaveReadsOutOfTheAuditLog() {
        call(writable, FixtureTool.reading("npm_list_things", Category.PROXY_HOST), Map.of("text", "x"));
        call(readOnly, FixtureTool.reading("npm_list_things", Category.PROXY_HOST), Map.of("text", "x"));

        assertThat(audit).isEmpty();
    }

    @Test
    void shouldRecordAReadOnlyRefusalAsRefused() {
        call(readOnly, new DeleteFixtureTool(), arguments("instance_name", "home", "host_id", 3, "confirm", true));

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(entry.instance()).contains("home");
            assertThat(entry.message()).startsWith("Refused to run npm_delete_fixture");
        });
    }

    @Test
    void shouldRefuseADestructiveChangeWithoutConfirmationWhenTheClientCannotAsk() {
        DeleteFixtureTool tool = new DeleteFixtureTool();
        CallToolResult result = call(writable, tool, arguments("host_id", 3));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("delete proxy host 3 on 'home' is destructive")
                .contains("call again with confirm: true");
        assertThat(tool.deletions).hasValue(0);
        assertThat(audit).singleElement().extracting(AuditLog.Entry::outcome).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void shouldAskTheUserAndGoOnWhenTheyAgree() {
        DeleteFixtureTool tool = new DeleteFixtureTool();
        List<String> asked = new ArrayList<>();
        CallToolResult result = writable.call(tool, arguments("host_id", 3), action -> {
            asked.add(action);
            return UserConfirmation.Answer.AGREED;
        });

        assertThat(result.isError()).isFalse();
        assertThat(asked).containsExactly("delete proxy host 3 on 'home'");
        assertThat(tool.deletions).hasValue(1);
        assertThat(audit).singleElement().extracting(AuditLog.Entry::outcome).isEqualTo(Outcome.OK);
    }

    @Test
    void shouldChangeNothingWhenTheUserDeclines() {
        DeleteFixtureTool tool = new DeleteFixtureTool();
        CallToolResult result =
                writable.call(tool, arguments("host_id", 3), action -> UserConfirmation.Answer.DECLINED);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("npm_delete_fixture failed: Not done: the user declined to delete proxy"
                + " host 3 on 'home'.\nNext step: Nothing was changed.");
        assertThat(tool.deletions).hasValue(0);
        assertThat(audit).singleElement().extracting(AuditLog.Entry::outcome).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void shouldAskTheUserEvenWhenTheModelPassesConfirmTrue() {
        DeleteFixtureTool tool = new DeleteFixtureTool();
        List<String> asked = new ArrayList<>();
        writable.call(tool, arguments("host_id", 3, "confirm", true), action -> {
            asked.add(action);
            return UserConfirmation.Answer.DECLINED;
        });

        assertThat(asked).containsExactly("delete proxy host 3 on 'home'");
        assertThat(tool.deletions).hasValue(0);
    }

    @Test
    void shouldRecordAnNpmErrorAsAnErrorOnTheInstanceNpmNamed() {
        FixtureTool failing = new FixtureTool("npm_manage_thing", Category.PROXY_HOST, ToolHints.writing(true, false),
                echo -> {
                    throw new NpmNotFoundException("home", "deleteProxyHost", 404, "Not Found", "List them first.");
                });
        call(writable, failing, Map.of("text", "x"));

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(entry.instance()).contains("home");
            assertThat(entry.message()).contains("deleteProxyHost").contains("404");
        });
    }

    @Test
    void shouldRecordAWriteWithBadArgumentsAsAnErrorOnTheRequestedInstance() {
        call(writable, new DeleteFixtureTool(), arguments("instance_name", "office", "host_id", "seven"));

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(entry.instance()).contains("office");
            assertThat(entry.message()).contains("host_id");
        });
    }

    @Test
    void shouldRecordABugAsAnErrorAndStillThrowIt() {
        FixtureTool buggy = new FixtureTool("npm_manage_thing", Category.PROXY_HOST, ToolHints.writing(false, false),
                echo -> {
                    throw new IllegalStateException("broken invariant");
                });

        assertThatThrownBy(() -> call(writable, buggy, Map.of("text", "x"))).hasMessage("broken invariant");
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(entry.message()).contains("internal error").contains("broken invariant");
        });
    }

    @Test
    void shouldKeepSecretArgumentsOutOfTheAuditEntry() {
        call(writable, new DeleteFixtureTool(),
                arguments("host_id", 3, "password", "hunter2-very-secret", "confirm", true));

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo("host_id=3");
            assertThat(entry.toString()).doesNotContain("hunter2");
        });
    }
}
