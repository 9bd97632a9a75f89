package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.tool.Category;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PromptCatalogTest {

    private final PromptCatalog catalog = PromptCatalog.standard();

    /** Arguments that reach every branch of each prompt's text. */
    private static final Map<String, List<Map<String, String>>> SAMPLES = Map.of(
            "setup_proxy", List.of(
                    Map.of("domain", "app.example.net", "forward_host", "10.0.0.5", "forward_port", "8080"),
                    Map.of("domain", "*.example.net", "forward_host", "localhost", "forward_port", "443",
                            "ssl", "letsencrypt", "access_list", "Family", "instance_name", "home"),
                    Map.of("domain", "app.example.net", "forward_host", "10.0.0.5", "forward_port", "80",
                            "forward_scheme", "https", "ssl", "existing"),
                    Map.of("domain", "app.example.net", "forward_host", "10.0.0.5", "forward_port", "80",
                            "ssl", "none")),
            "migrate_proxy", List.of(
                    Map.of("source_instance", "old", "target_instance", "new"),
                    Map.of("source_instance", "old", "target_instance", "new", "domain_pattern", "*.example.net")),
            "npm_security_audit", List.of(Map.of(), Map.of("instance_name", "home")),
            "access_list_setup", List.of(
                    Map.of("name", "Family"),
                    Map.of("name", "Family", "users", "alice"),
                    Map.of("name", "LAN", "allowed_networks", "all, 10.0.0.0/8"),
                    Map.of("name", "Both", "allowed_networks", "10.0.0.0/8", "users", "alice",
                            "instance_name", "home")));

    private static final List<ToolAvailability> SERVERS = List.of(
            Availabilities.everything(), Availabilities.withoutBulk(), Availabilities.readOnly(), Availabilities.lazy(),
            Availabilities.only(Category.PROXY_HOST), Availabilities.of(Set.of(), true, true));

    /** The lazy-mode category tools a text may name besides a prompt's own tools. */
    private static final Set<String> CATEGORY_TOOLS = Set.of("npm_list_categories", "npm_enable_category");

    @Test
    void shouldOfferTheSeedServersPromptsUnderTheirNames() {
        assertThat(catalog.prompts()).extracting(Prompt::name)
                .containsExactly("setup_proxy", "migrate_proxy", "npm_security_audit", "access_list_setup");
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(
                catalog.prompts().stream().map(Prompt::name).toList());
    }

    @Test
    void shouldDescribeEveryPromptAndArgument() {
        assertThat(catalog.prompts()).allSatisfy(prompt -> {
            assertThat(prompt.title()).isNotBlank();
            assertThat(prompt.description()).isNotBlank();
            assertThat(prompt.arguments()).isNotEmpty()
                    .allSatisfy(argument -> assertThat(argument.description()).isNotBlank());
        });
    }

    @Test
    void shouldListEveryPromptOnAReadOnlyServer() {
        assertThat(catalog.offered(Availabilities.readOnly())).hasSize(4);
    }

    @Test
    void shouldHideAPromptWhoseCoreToolsTheServerLacks() {
        assertThat(catalog.offered(Availabilities.only(Category.STREAM))).extracting(Prompt::name)
                .containsExactly("npm_security_audit");
        assertThat(catalog.offered(Availabilities.only(Category.ACCESS_LIST))).extracting(Prompt::name)
                .containsExactly("npm_security_audit", "access_list_setup");
        assertThat(catalog.offered(new ToolAvailability(Map.of(), false, false))).isEmpty();
    }

    @TestFactory
    List<DynamicTest> shouldNameOnlyToolsItDeclares() {
        return catalog.prompts().stream().map(prompt -> DynamicTest.dynamicTest(prompt.name(), () -> {
            Set<String> named = new HashSet<>();
            for (Map<String, String> arguments : SAMPLES.get(prompt.name())) {
                for (ToolAvailability server : SERVERS) {
                    named.addAll(Rendering.toolsNamed(Rendering.text(prompt, arguments, server)));
                }
            }
            Set<String> allowed = new HashSet<>(prompt.tools().all());
            allowed.addAll(CATEGORY_TOOLS);
            assertThat(named).as("tools named in the text").isSubsetOf(allowed);
            assertThat(named).as("declared tools the text never names")
                    .containsAll(prompt.tools().all());
        })).toList();
    }
}
