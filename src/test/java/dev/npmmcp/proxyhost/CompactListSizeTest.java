package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ToolFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a compact listing of a large instance costs the model: every byte of it is read. 5,000 hosts, a tenth of them
 * disabled, listed in pages of 500; both the structured result and the text stay within 120 bytes per host.
 */
class CompactListSizeTest {

    private static final int HOSTS = 5_000;

    @Test
    void shouldListFiveThousandHostsInAtMost120BytesEach() {
        try (ToolFixture npm = ToolFixture.start(NpmSimulator.builder()
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD))) {
            ProxyHostApi api = new ProxyHostApi(npm.client());
            for (int i = 1; i <= HOSTS; i++) {
                int id = api.create(ProxyHostCreate.builder(List.of("svc" + i + ".example.net"), "http",
                        "10.0." + (i / 250) + "." + (i % 250 + 1), 8000 + i % 1000).build()).id();
                if (i % 10 == 0) {
                    api.disable(id);
                }
            }
            ListProxyHostsTool tool = new ListProxyHostsTool();
            long structured = 0;
            long text = 0;
            int listed = 0;
            for (int page = 1; page <= HOSTS / ListProxyHostsTool.MAX_LIMIT; page++) {
                ListProxyHostsTool.Result result = npm.call(tool, Map.of("limit", ListProxyHostsTool.MAX_LIMIT,
                        "page", page));
                JsonNode json = npm.json(result);
                structured += json.toString().getBytes(StandardCharsets.UTF_8).length;
                text += tool.render(result).orElseThrow().getBytes(StandardCharsets.UTF_8).length;
                listed += json.path("hosts").size();
            }

            assertThat(listed).isEqualTo(HOSTS);
            assertThat(structured / (double) HOSTS).as("structured bytes per host").isLessThanOrEqualTo(120);
            assertThat(text / (double) HOSTS).as("text bytes per host").isLessThanOrEqualTo(120);
        }
    }
}
