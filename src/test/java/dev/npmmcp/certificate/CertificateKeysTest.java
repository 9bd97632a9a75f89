package dev.npmmcp.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateKeysTest {

    private static TestPki.Issued rsa;
    private static TestPki.Issued otherRsa;
    private static TestPki.Issued ec;

    @BeforeAll
    static void issue() throws Exception {
        rsa = TestPki.rsa("a.test.local");
        otherRsa = TestPki.rsa("b.test.local");
        ec = TestPki.ec("c.test.local");
    }

    @Test
    void shouldAcceptTheCertificatesOwnKeyInEveryPemForm() {
        assertThat(CertificateKeys.matches(rsa.certificatePem(), rsa.pkcs8KeyPem())).isTrue();
        assertThat(rsa.traditionalKeyPem()).contains("BEGIN RSA PRIVATE KEY");
        assertThat(CertificateKeys.matches(rsa.certificatePem(), rsa.traditionalKeyPem())).isTrue();
        assertThat(ec.traditionalKeyPem()).contains("BEGIN EC PRIVATE KEY");
        assertThat(CertificateKeys.matches(ec.certificatePem(), ec.traditionalKeyPem())).isTrue();
        assertThat(CertificateKeys.matches(ec.certificatePem(), ec.pkcs8KeyPem())).isTrue();
    }

    @Test
    void shouldRefuseAKeyOfAnotherCertificate() {
        assertThat(CertificateKeys.matches(rsa.certificatePem(), otherRsa.pkcs8KeyPem())).isFalse();
        assertThat(CertificateKeys.matches(rsa.certificatePem(), otherRsa.traditionalKeyPem())).isFalse();
        assertThat(CertificateKeys.matches(rsa.certificatePem(), ec.pkcs8KeyPem())).isFalse();
        assertThat(CertificateKeys.matches(ec.certificatePem(), rsa.traditionalKeyPem())).isFalse();
    }

    @Test
    void shouldExplainUnreadableInputWithoutEchoingIt() {
        assertThatThrownBy(() -> CertificateKeys.matches("not a cert", rsa.pkcs8KeyPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certificate");
        assertThatThrownBy(() -> CertificateKeys.matches(rsa.certificatePem(), "SECRET-NOT-PEM"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("SECRET-NOT-PEM");
        assertThatThrownBy(() -> CertificateKeys.matches(rsa.certificatePem(),
                        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----"))
                .hasMessageContaining("encrypted");
    }
}
