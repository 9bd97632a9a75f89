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

    @Test
    void shouldSayWhatNginxReportedOrThatItRefused() {
        assertThat(HostListing.offline("Stream #3 (port 2222)", Optional.of("bind() failed")))
                .isEqualTo("Stream #3 (port 2222) is offline: bind() failed.");
        assertThat(HostListing.offline("Redirection #1", Optional.empty()))
                .isEqualTo("Redirection #1 is offline: nginx rejected its config.");
    }

    @Test
    void shouldSummariseTheStateAndRenderTheList() {
        assertThat(HostListing.state(true, Optional.of(false))).isEqualTo("enabled, OFFLINE");
        assertThat(HostListing.state(false, Optional.empty())).isEqualTo("disabled");
        assertThat(HostListing.render("2 stream(s)", List.of("#1", "#2"), List.of("port used twice")))
                .isEqualTo("2 stream(s)\n#1\n#2\nWarning: port used twice");
    }
}
