package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostListingTest {

    @Test
    void shouldShowEnabledOnlyWhenAsked() {
        List<Boolean> hosts = List.of(true, false, true);

        assertThat(HostListing.shown(hosts, true, h -> h, String::valueOf)).containsExactly("true", "true");
        assertThat(HostListing.shown(hosts, false, h -> h, String::valueOf)).hasSize(3);
    }

    @Test
    void shouldSendNoBlankDomainFilter() {
        assertThat(HostListing.domainFilter(Optional.of("  "))).isEmpty();
        assertThat(HostListing.domainFilter(Optional.of(" www "))).contains("www");
    }

    record Shown(int id, boolean enabled, Optional<Boolean> nginxOnline, Optional<String> nginxErr)
            implements HostWrites.Written {}

    @Test
    void shouldWarnOfEachObjectNginxDoesNotServeWithWhatItReported() {
        List<Shown> shown = List.of(new Shown(1, true, Optional.of(false), Optional.empty()),
                new Shown(2, true, Optional.of(true), Optional.empty()),
                new Shown(3, true, Optional.of(false), Optional.of("bind() failed")),
                new Shown(4, false, Optional.empty(), Optional.empty()));

        assertThat(HostListing.offline(shown, s -> "Stream #" + s.id())).containsExactly(
                "Stream #1 is offline: nginx rejected its config.", "Stream #3 is offline: bind() failed.");
    }

    @Test
    void shouldSummariseTheStateAndRenderTheList() {
        assertThat(HostListing.state(true, Optional.of(false))).isEqualTo("enabled, OFFLINE");
        assertThat(HostListing.state(false, Optional.empty())).isEqualTo("disabled");
        assertThat(HostListing.render("2 stream(s)", List.of("#1", "#2"), List.of("port used twice")))
                .isEqualTo("2 stream(s):\n#1\n#2\nWarning: port used twice");
        assertThat(HostListing.render("0 stream(s)", List.of(), List.of())).isEqualTo("0 stream(s).");
    }
}
