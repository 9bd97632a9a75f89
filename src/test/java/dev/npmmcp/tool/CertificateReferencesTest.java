package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.CertificateSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateReferencesTest {

    private final CertificateSummary wildcard =
            new CertificateSummary(7, "letsencrypt", "wild", List.of("*.example.net", "example.net"), "");

    @Test
    void shouldCoverExactNamesAndOneLabelUnderAWildcard() {
        assertThat(CertificateReferences.covers("*.example.net", "old.example.net")).isTrue();
        assertThat(CertificateReferences.covers("*.example.net", "a.b.example.net")).isFalse();
        assertThat(CertificateReferences.covers("*.example.net", "example.net")).isFalse();
        assertThat(CertificateReferences.covers("Example.NET", "example.net")).isTrue();
    }

    @Test
    void shouldNoteOnlyTheDomainsLeftUncovered() {
        assertThat(CertificateReferences.coverageNote(wildcard, List.of("example.net", "old.example.net"))).isEmpty();
        assertThat(CertificateReferences.coverageNote(wildcard, List.of("a.b.example.net", "example.org")))
                .hasValueSatisfying(note -> assertThat(note).contains("not a.b.example.net, example.org"));
    }

    @Test
    void shouldNotGuessForACertificateWithoutDomains() {
        CertificateSummary bare = new CertificateSummary(8, "other", "bare", List.of(), "");

        assertThat(CertificateReferences.coverageNote(bare, List.of("old.example.net"))).isEmpty();
    }
}
