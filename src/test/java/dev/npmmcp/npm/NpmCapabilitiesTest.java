package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpmCapabilitiesTest {

    @Test
    void shouldDescribeNpm210() {
        NpmCapabilities c = NpmCapabilities.forVersion(NpmVersion.of(2, 10, 4));
        assertThat(c.letsencryptEmailInMeta()).isTrue();
        assertThat(c.emptyPutAllowed()).isTrue();
        assertThat(c.streamCertificates()).isFalse();
        assertThat(c.testHttpByPost()).isFalse();
        assertThat(c.dnsProviders()).isFalse();
        assertThat(c.keyType()).isFalse();
        assertThat(c.twoFactor()).isFalse();
        assertThat(c.trustForwardedProto()).isFalse();
        assertThat(c.initialAdminBySetup()).isFalse();
    }

    @Test
    void shouldDescribeNpm212() {
        NpmCapabilities c = NpmCapabilities.forVersion(NpmVersion.of(2, 12, 6));
        assertThat(c.letsencryptEmailInMeta()).isTrue();
        assertThat(c.emptyPutAllowed()).isFalse();
        assertThat(c.streamCertificates()).isTrue();
        assertThat(c.testHttpByPost()).isFalse();
        assertThat(c.twoFactor()).isFalse();
    }

    @Test
    void shouldSplit213AtRevision6ForKeyTypeAndTwoFactor() {
        NpmCapabilities early = NpmCapabilities.forVersion(NpmVersion.of(2, 13, 0));
        NpmCapabilities late = NpmCapabilities.forVersion(NpmVersion.of(2, 13, 7));
        assertThat(early.letsencryptEmailInMeta()).isFalse();
        assertThat(early.testHttpByPost()).isTrue();
        assertThat(early.dnsProviders()).isTrue();
        assertThat(early.keyType()).isFalse();
        assertThat(early.twoFactor()).isFalse();
        assertThat(late.keyType()).isTrue();
        assertThat(late.twoFactor()).isTrue();
        assertThat(late.trustForwardedProto()).isFalse();
        assertThat(late.initialAdminBySetup()).isTrue();
    }

    @Test
    void shouldTakeTrustForwardedProtoFrom214() {
        assertThat(NpmCapabilities.forVersion(NpmVersion.of(2, 14, 0)).trustForwardedProto()).isTrue();
        assertThat(NpmCapabilities.forVersion(NpmVersion.of(2, 15, 1))).isEqualTo(NpmCapabilities.latest());
    }

    @Test
    void shouldTreatSourceBuildNumbersAsPlaceholders() {
        assertThat(NpmVersion.of(2, 0, 0).isPlaceholder()).isTrue();
        assertThat(NpmVersion.of(0, 0, 0).isPlaceholder()).isTrue();
        assertThat(NpmVersion.of(2, 10, 0).isPlaceholder()).isFalse();
    }
}
