package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.tool.Category;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityAuditPromptTest {

    private final SecurityAuditPrompt prompt = new SecurityAuditPrompt();

    @Test
    void shouldReadEveryAreaAndWriteNothing() {
        String text = Rendering.text(prompt, Map.of("instance_name", "home"), Availabilities.everything());
        assertThat(Rendering.toolsNamed(text)).contains("npm_get_instance", "npm_list_users",
                "npm_list_proxy_hosts", "npm_list_certificates", "npm_list_access_lists", "npm_list_streams",
                "npm_list_redirections", "npm_list_dead_hosts", "npm_get_system_settings", "npm_get_audit_logs");
        String checks = text.substring(0, text.indexOf("## Report"));
        assertThat(Rendering.calls(checks)).isNotEmpty()
                .noneMatch(call -> call.startsWith("npm_manage_"))
                .allMatch(call -> call.endsWith("\"instance_name\": \"home\"}"));
        assertThat(text).contains("change nothing", "Apply nothing: ask the user which fixes they want.");
    }

    @Test
    void shouldNameTheTrapsItLooksFor() {
        String text = Rendering.text(prompt, Map.of(), Availabilities.everything());
        assertThat(text)
                .contains("admin@example.com still present")
                .contains("satisfy_any true together with an allow rule for all, 0.0.0.0/0 or ::/0")
                .contains("it points at a deleted object")
                .contains("2375 the Docker API")
                .contains("# Security audit of the current NPM instance");
    }

    @Test
    void shouldSayWhichAreasItCannotCheck() {
        String text = Rendering.text(prompt, Map.of(), Availabilities.only(Category.PROXY_HOST));
        assertThat(text)
                .contains("npm_list_users (its category \"user\" is not in the server's --toolsets)")
                .contains("End with the areas you could not check and why.");
    }
}
