package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.resource.NpmResources;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.ToolJson;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which resources a server offers under its options, and how a failed read reaches the client. */
class ResourceAdapterTest {

    private final InstanceRegistry instances = TestInstances.none();
    private final ToolCatalog catalog = ToolCatalog.standard(instances);

    private ResourceAdapter adapter(ServerOptions options, List<String> names) {
        ToolAdapter tools = new ToolAdapter(ToolJson.newMapper(),
                user -> new ServerToolContext(options.readOnly(), instances, user),
                new WriteAudit(entry -> {}, Clock.systemUTC()), new Redactor());
        return new ResourceAdapter(NpmResources.standard(() -> names), catalog, options, tools, ToolJson.newMapper(),
                new Redactor());
    }

    private static List<String> templates(ResourceAdapter adapter) {
        return adapter.templates().stream()
                .map(SyncResourceTemplateSpecification::resourceTemplate)
                .map(McpSchema.ResourceTemplate::uriTemplate)
                .toList();
    }

    @Test
    void shouldOfferEveryTemplateAndAnOverviewPerInstanceByDefaultAndReadOnly() {
        for (boolean readOnly : List.of(false, true)) {
            ResourceAdapter adapter = adapter(new ServerOptions(Set.of(), readOnly, false), List.of("home", "hq"));
            assertThat(templates(adapter)).hasSize(12);
            assertThat(adapter.instanceResources()).extracting(spec -> spec.resource().uri())
                    .containsExactly("npm://home", "npm://hq");
        }
    }

    @Test
    void shouldOfferOnlyTheResourcesOfTheSelectedToolsets() {
        ResourceAdapter adapter = adapter(new ServerOptions(Set.of(Category.STREAM), false, false), List.of("home"));
        assertThat(templates(adapter)).containsExactly("npm://{instance}/streams");
        assertThat(adapter.instanceResources()).isEmpty();
        assertThat(adapter.completions(List.of())).singleElement()
                .satisfies(spec -> assertThat(spec.referenceKey())
                        .isEqualTo(new McpSchema.ResourceReference("npm://{instance}/streams")));
    }

    @Test
    void shouldAnswerAnUnknownUriWithResourceNotFound() {
        ResourceAdapter adapter = adapter(ServerOptions.defaults(), List.of());
        assertThatThrownBy(() -> adapter.read("npm://home/proxy-hosts"))
                .isInstanceOfSatisfying(McpError.class, error -> {
                    assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
                    assertThat(error.getJsonRpcError().message())
                            .isEqualTo("No NPM instance is named 'home'. None is configured; add one with"
                                    + " npm_manage_instance.");
                });
    }
}
