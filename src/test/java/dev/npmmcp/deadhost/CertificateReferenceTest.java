package dev.npmmcp.deadhost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.CertificateSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateReferenceTest {

    private final CertificateSummary wildcard =
            new CertificateSummary(7, "letsencrypt", "wild", List.of("*.example.net", "example.net"), "");

    @Test
    void shouldCoverExactNamesAndOneLabelUnderAWildcard() {
        assertThat(CertificateReference.covers("*.example.net", "old.example.net")).isTrue();
        assertThat(CertificateReference.covers("*.example.net", "a.b.example.net")).isFalse();
        assertThat(CertificateReference.covers("*.example.net", "example.net")).isFalse();
        assertThat(CertificateReference.covers("Example.NET", "example.net")).isTrue();
    }

    @Test
    void shouldNoteOnlyTheDomainsLeftUncovered() {
        assertThat(CertificateReference.coverageNote(wildcard, List.of("example.net", "old.example.net"))).isEmpty();
        assertThat(CertificateReference.coverageNote(wildcard, List.of("a.b.example.net", "example.org")))
                .hasValueSatisfying(note -> assertThat(note).contains("not a.b.example.net, example.org"));
    }

    @Test
    void shouldNotGuessForACertificateWithoutDomains() {
        CertificateSummary bare = new CertificateSummary(8, "other", "bare", List.of(), "");

        assertThat(CertificateReference.coverageNote(bare, List.of("old.example.net"))).isEmpty();
    }
}
