package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.prompt.Prompt;
import dev.npmmcp.prompt.PromptCatalog;
import dev.npmmcp.prompt.ToolAvailability;
import dev.npmmcp.prompt.ToolStatus;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PromptAdapterTest {

    private static final ToolCatalog CATALOG = ToolCatalog.standard(TestInstances.none());

    @Test
    void shouldKnowEveryToolThePromptsName() {
        Set<String> known = AllTools.catalog().tools().stream().map(Tool::name).collect(Collectors.toSet());
        Set<String> named = new HashSet<>();
        PromptCatalog.standard().prompts().forEach(prompt -> named.addAll(prompt.tools().all()));
        assertThat(named).isNotEmpty().isSubsetOf(known);
    }

    @Test
    void shouldDecideWhatAPromptMayUseAsTheToolsetDoes() {
        ToolAvailability availability =
                PromptAdapter.availability(CATALOG, new ServerOptions(Set.of(Category.PROXY_HOST), true, false));
        assertThat(availability.status("npm_list_proxy_hosts")).isEqualTo(new ToolStatus.Ready(Category.PROXY_HOST));
        assertThat(availability.status("npm_manage_proxy_host"))
                .isEqualTo(new ToolStatus.RefusedReadOnly(Category.PROXY_HOST));
        assertThat(availability.status("npm_list_certificates"))
                .isEqualTo(new ToolStatus.OutsideToolsets(Category.CERTIFICATE));
        assertThat(availability.status("npm_no_such_tool")).isEqualTo(new ToolStatus.Absent());
        assertThat(availability.readOnly()).isTrue();
        assertThat(availability.lazy()).isFalse();
    }

    @Test
    void shouldCountToolsOfDisabledLazyCategoriesAsUsable() {
        ToolAvailability availability = PromptAdapter.availability(CATALOG, new ServerOptions(Set.of(), false, true));
        assertThat(availability.ready("npm_manage_proxy_host")).isTrue();
        assertThat(availability.lazy()).isTrue();
    }

    @Test
    void shouldDescribeAPromptWithItsArguments() {
        Prompt<?> setup = PromptCatalog.standard().byName("setup_proxy").orElseThrow();
        McpSchema.Prompt definition = PromptAdapter.definition(setup);
        assertThat(definition.name()).isEqualTo("setup_proxy");
        assertThat(definition.title()).isEqualTo("Set up a proxy host");
        assertThat(definition.description()).isEqualTo(setup.description());
        assertThat(definition.arguments()).extracting(McpSchema.PromptArgument::name)
                .containsExactly("domain", "forward_host", "forward_port", "forward_scheme", "ssl", "access_list",
                        "instance_name");
        assertThat(definition.arguments().getFirst().required()).isTrue();
        assertThat(definition.arguments().getLast().required()).isFalse();
        assertThat(definition.arguments()).allSatisfy(a -> assertThat(a.description()).isNotBlank());
    }

    @Test
    void shouldAnswerArgumentsAPromptCannotTakeWithInvalidParams() {
        Prompt<?> setup = PromptCatalog.standard().byName("setup_proxy").orElseThrow();
        ToolAvailability availability = PromptAdapter.availability(CATALOG, ServerOptions.defaults());
        assertThatThrownBy(() -> PromptAdapter.get(setup,
                Map.of("domain", "app.example.net", "forward_host", "10.0.0.5", "forward_port", "eighty"),
                availability))
                .isInstanceOfSatisfying(McpError.class, error -> {
                    assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                    assertThat(error.getJsonRpcError().message()).isEqualTo("Argument 'forward_port' of prompt"
                            + " setup_proxy must be a whole number, not 'eighty'. Give forward_port: The upstream"
                            + " port, 1-65535");
                });
    }

    @Test
    void shouldRenderAUserMessage() {
        Prompt<?> audit = PromptCatalog.standard().byName("npm_security_audit").orElseThrow();
        McpSchema.GetPromptResult result = PromptAdapter.get(
                audit, null, PromptAdapter.availability(CATALOG, ServerOptions.defaults()));
        assertThat(result.description()).isEqualTo(audit.description());
        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.role()).isEqualTo(McpSchema.Role.USER);
            assertThat(((McpSchema.TextContent) message.content()).text())
                    .startsWith("# Security audit of the current NPM instance");
        });
    }
}
