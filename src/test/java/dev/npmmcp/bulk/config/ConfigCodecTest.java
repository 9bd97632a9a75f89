package dev.npmmcp.bulk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigCodecTest {

    private final ConfigCodec codec = new ConfigCodec();

    private static ConfigDocument document() {
        AccessListEntry list = new AccessListEntry("office", false, true, false,
                List.of(new AccessListItemEntry("ann", Optional.of("s3cret"))),
                List.of(new AccessListClientEntry("10.0.0.0/8", "allow")));
        ProxyHostEntry host = new ProxyHostEntry(List.of("B.example.com", "a.example.com"), "http", "10.0.0.2", 8080,
                Optional.of(List.of("a.example.com", "b.example.com")), Optional.of("office"), true, false, false,
                true, true, false, true, Optional.empty(), "", true,
                List.of(new LocationEntry("/api", "http", "10.0.0.3", 9000, "", "")));
        return new ConfigDocument(ConfigDocument.FORMAT, 1, "2026-01-01T00:00:00Z", new ConfigSource("home", "2.15.1"),
                List.of(), Optional.empty(), Optional.of(List.of(list)), Optional.of(List.of(host)), Optional.empty(),
                Optional.of(List.of()), Optional.empty(), Optional.empty());
    }

    @Test
    void shouldReadBackWhatItWritesInBothFormats() {
        ConfigDocument document = document();

        assertThat(codec.read(codec.write(document, ConfigFormat.JSON))).isEqualTo(document);
        assertThat(codec.read(codec.write(document, ConfigFormat.YAML))).isEqualTo(document);
    }

    @Test
    void shouldKeepAbsentSectionsApartFromEmptyOnes() {
        String yaml = codec.write(document(), ConfigFormat.YAML);

        assertThat(yaml).contains("dead_hosts: []").doesNotContain("redirection_hosts", "streams", "certificates");
        assertThat(codec.read(yaml).resourceTypes())
                .containsExactly(ResourceType.ACCESS_LIST, ResourceType.PROXY_HOST, ResourceType.DEAD_HOST);
    }

    @Test
    void shouldKeyHostsByTheirDomainsInAnyOrderOrCase() {
        ProxyHostEntry host = document().proxyHosts().orElseThrow().get(0);

        assertThat(host.key()).isEqualTo("a.example.com,b.example.com");
        assertThat(host.domainNames()).containsExactly("a.example.com", "b.example.com");
    }

    @Test
    void shouldNeverShowAPasswordInText() {
        assertThat(document().accessLists().orElseThrow().get(0).toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldRefuseUnknownFieldsAndForeignDocumentsWithWhereAndWhy() {
        assertThatThrownBy(() -> codec.read("{\"format\":\"npm-mcp-config\",\"version\":1,\"proxy_host\":[]}"))
                .isInstanceOf(ConfigCodec.InvalidDocumentException.class)
                .hasMessageContaining("unknown field 'proxy_host'")
                .hasMessageContaining("proxy_hosts");
        assertThatThrownBy(() -> codec.read("format: npm-mcp-config\nversion: 2\n"))
                .hasMessageContaining("newer npm-mcp");
        assertThatThrownBy(() -> codec.read("streams: []"))
                .hasMessageContaining("format must be \"npm-mcp-config\"");
        assertThatThrownBy(() -> codec.read("""
                format: npm-mcp-config
                version: 1
                streams:
                  - incoming_port: 2222
                    forwarding_host: 10.0.0.1
                    forwarding_port: 22
                """))
                .hasMessageContaining("streams[0]")
                .hasMessageContaining("neither TCP nor UDP");
    }
}
