package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's tool tables are generated from the catalog, between markers, so they cannot drift from what the server
 * offers. UPDATE_TOOLSNAPS=true (the same switch as the schema snapshots) rewrites them.
 */
class ReadmeToolCatalogTest {

    private static final Path README = Path.of("README.md");
    private static final String START = "<!-- tool-catalog:start -->";
    private static final String END = "<!-- tool-catalog:end -->";

    @Test
    void shouldListEveryToolInTheReadme() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the %s marker", START).isNotNegative();
        assertThat(end).as("README.md has the %s marker after the start", END).isGreaterThan(start);
        String expected = START + "\n" + ToolCatalogText.markdown(AllTools.catalog().tools()) + END;
        String actual = readme.substring(start, end + END.length());
        if ("true".equalsIgnoreCase(System.getenv("UPDATE_TOOLSNAPS"))) {
            Files.writeString(README, readme.replace(actual, expected), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("README.md's tool catalog is stale; rerun with UPDATE_TOOLSNAPS=true and commit README.md")
                .isEqualTo(expected);
    }
}
