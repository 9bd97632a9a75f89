package dev.npmmcp.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.npm.NpmJson;
import org.junit.jupiter.api.Test;

class CertificateJsonTest {

    private final ObjectMapper json = NpmJson.newMapper();

    @Test
    void shouldNeverReadPrivateKeyOrDnsCredentialsIntoTheRecord() throws Exception {
        String answer = """
                {"id":4,"provider":"other","nice_name":"custom","domain_names":["a.test"],
                 "expires_on":"2036-11-21 06:39:00",
                 "meta":{"certificate":"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----",
                         "certificate_key":"-----BEGIN PRIVATE KEY-----\\nSECRETKEY\\n-----END PRIVATE KEY-----",
                         "dns_provider_credentials":"dns_cloudflare_api_token = SECRETTOKEN"}}
                """;

        Certificate certificate = json.readValue(answer, Certificate.class);

        assertThat(certificate.meta().certificate()).isPresent();
        assertThat(json.writeValueAsString(certificate)).doesNotContain("SECRETKEY", "SECRETTOKEN");
        assertThat(certificate.toString()).doesNotContain("SECRETKEY", "SECRETTOKEN");
    }

    @Test
    void shouldHideKeyInToStringOfFilesAndKeyedCertificate() {
        CustomCertificateFiles files = new CustomCertificateFiles("CERT", "TOPSECRETKEY", java.util.Optional.empty());
        assertThat(files.toString()).doesNotContain("TOPSECRETKEY");
    }
}
