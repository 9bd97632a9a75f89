package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The server's instructions say once what the tool schemas leave out to stay small: the LLM learns there, not from
 * each tool, that confirm exists, what dry_run does, and how an update treats lists, ids of 0 and empty texts.
 */
class InstructionsTest {

    @Test
    void shouldSayOnceTheRulesEveryWriteToolFollows() {
        String text = NpmMcpServer.instructions(ServerOptions.defaults());

        assertThat(text).contains("instance_name", "dry_run: true", "confirm: true", "after the user agreed",
                "replaces the whole list", "id of 0 detaches", "'' clears");
        assertThat(text).doesNotContain("read-only", "npm_enable_category");
    }

    @Test
    void shouldSayWhenTheServerIsReadOnlyOrLazy() {
        ServerOptions defaults = ServerOptions.defaults();

        assertThat(NpmMcpServer.instructions(new ServerOptions(defaults.toolsets(), true, true)))
                .contains("read-only", "npm_enable_category");
    }
}
