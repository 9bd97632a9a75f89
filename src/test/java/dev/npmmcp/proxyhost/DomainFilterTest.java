package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainFilterTest {

    @Test
    void shouldMatchPlainTextAnywhereIgnoringCase() {
        DomainFilter filter = new DomainFilter("Cloud");

        assertThat(filter.matches(List.of("www.example.net", "CLOUD.example.net"))).isTrue();
        assertThat(filter.matches(List.of("media.example.net"))).isFalse();
        assertThat(filter.query()).isEqualTo("cloud");
    }

    @Test
    void shouldMatchWildcardsAgainstTheWholeName() {
        DomainFilter filter = new DomainFilter("*.example.net");

        assertThat(filter.matches("app.example.net")).isTrue();
        assertThat(filter.matches("example.net.evil.org")).isFalse();
        assertThat(new DomainFilter("app*.lan").matches("app2.home.lan")).isTrue();
        assertThat(new DomainFilter("app*.lan").query()).isEqualTo(".lan");
    }

    @Test
    void shouldRefuseAFilterOfOnlyWildcards() {
        assertThatThrownBy(() -> new DomainFilter(" * ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRecogniseLeadingWildcardHostsAsCoveringADomain() {
        assertThat(ProxyHostLookup.covers("*.example.net", "app.example.net")).isTrue();
        assertThat(ProxyHostLookup.covers("*.example.net", "example.net")).isFalse();
        assertThat(ProxyHostLookup.covers("app.example.net", "app.example.net")).isFalse();
    }
}
