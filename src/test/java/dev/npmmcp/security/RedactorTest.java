package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJpc3MiOiJhcGkiLCJhdHRycyI6eyJpZCI6MX0sInNjb3BlIjpbInVzZXIiXX0"
            + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final Redactor redactor = new Redactor();

    @Test
    void shouldMaskRegisteredSecretsWhereverTheyAppear() {
        redactor.register("hunter2!pass");

        assertThat(redactor.redact("login failed for hunter2!pass (retry hunter2!pass)"))
                .isEqualTo("login failed for ******** (retry ********)");
    }

    @Test
    void shouldMaskRegisteredSecretsInTheirJsonEscapedAndUrlEncodedForms() {
        redactor.register("pa\"ss w&rd");

        assertThat(redactor.redact("body {\"x\":\"pa\\\"ss w&rd\"} query q=pa%22ss+w%26rd"))
                .doesNotContain("ss w", "pa%22ss")
                .contains("********");
    }

    @Test
    void shouldPreferTheLongestRegisteredSecretWhenTheyOverlap() {
        redactor.register("abcd");
        redactor.register("abcdefgh");

        assertThat(redactor.redact("x abcdefgh y")).isEqualTo("x ******** y");
    }

    @Test
    void shouldRefuseToRegisterSecretsShorterThanFourCharacters() {
        assertThatThrownBy(() -> redactor.register("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(redactor.redact("abc abcd")).isEqualTo("abc abcd");
    }

    @Test
    void shouldMaskJwtsNobodyRegistered() {
        assertThat(redactor.redact("token=" + JWT + " expires soon")).doesNotContain("eyJ").contains("expires soon");
        assertThat(redactor.redact("cached " + JWT)).isEqualTo("cached ********");
    }

    @Test
    void shouldMaskAuthorizationHeadersButKeepTheScheme() {
        assertThat(redactor.redact("Authorization: Bearer abc123def456")).isEqualTo("Authorization: Bearer ********");
        assertThat(redactor.redact("authorization=Basic YWRtaW46Y2hhbmdlbWU="))
                .isEqualTo("authorization=Basic ********");
        assertThat(redactor.redact("{\"Authorization\": \"Bearer s3cr3t-value\"}"))
                .isEqualTo("{\"Authorization\": \"Bearer ********\"}");
        assertThat(redactor.redact("curl -H 'x: y' Bearer s3cr3tvalue9")).isEqualTo("curl -H 'x: y' Bearer ********");
    }

    @Test
    void shouldLeaveProseAboutBearerAndBasicAuthenticationAlone() {
        String prose = "NPM wants a Bearer token; Basic authentication is for access lists.";

        assertThat(redactor.redact(prose)).isEqualTo(prose);
    }

    @Test
    void shouldMaskWholePemPrivateKeyBlocks() {
        String pem = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabcdef\n-----END RSA PRIVATE KEY-----\nafter";
        String openssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXkt\n-----END OPENSSH PRIVATE KEY-----";

        assertThat(redactor.redact(pem))
                .isEqualTo("key:\n-----BEGIN RSA PRIVATE KEY-----********-----END RSA PRIVATE KEY-----\nafter");
        assertThat(redactor.redact(openssh)).doesNotContain("b3BlbnNzaC1rZXkt");
    }

    @Test
    void shouldMaskAnUnterminatedPemBlockToTheEnd() {
        assertThat(redactor.redact("x -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B"))
                .isEqualTo("x -----BEGIN PRIVATE KEY-----********-----END PRIVATE KEY-----");
    }

    @Test
    void shouldLeaveCertificatesAlone() {
        String cert = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----";

        assertThat(redactor.redact(cert)).isEqualTo(cert);
    }

    @Test
    void shouldMaskSecretNamedJsonFieldsCaseInsensitively() {
        String json = "{\"identity\":\"admin@example.com\",\"Secret\":\"changeme\",\"PASSWORD\" : \"a\\\"b\","
                + "\"totp_secret\":\"JBSWY3DPEHPK3PXP\",\"current\":\"old-one\",\"api_token\":12345,\"token\":null}";

        assertThat(redactor.redact(json))
                .isEqualTo("{\"identity\":\"admin@example.com\",\"Secret\":\"********\",\"PASSWORD\" : \"********\","
                        + "\"totp_secret\":\"********\",\"current\":\"********\",\"api_token\":\"********\","
                        + "\"token\":null}");
    }

    @Test
    void shouldLeaveNestedObjectsUnderSecretNamesToTheirOwnFields() {
        assertThat(redactor.redact("{\"token\": {\"access_token\":\"abcdefgh\",\"expires\":\"2030\"}}"))
                .isEqualTo("{\"token\": {\"access_token\":\"********\",\"expires\":\"2030\"}}");
    }

    @Test
    void shouldMaskSecretFieldsInJsonQuotedInsideAString() {
        String message = "{\"error\":\"bad body {\\\"password\\\":\\\"changeme\\\",\\\"x\\\":1}\"}";

        assertThat(redactor.redact(message))
                .isEqualTo("{\"error\":\"bad body {\\\"password\\\":\\\"********\\\",\\\"x\\\":1}\"}");
    }

    @Test
    void shouldMaskSecretFieldsInYaml() {
        String yaml = """
                instances:
                  - name: home
                    password: changeme # the old one
                    api_token: "abc-def-123"
                  - name: office
                    password: ${OFFICE_PASSWORD}
                    secret: keyring:npm-mcp/office
                    tokenizer: keep-me
                """;

        assertThat(redactor.redact(yaml))
                .isEqualTo("""
                instances:
                  - name: home
                    password: ********
                    api_token: ********
                  - name: office
                    password: ${OFFICE_PASSWORD}
                    secret: keyring:npm-mcp/office
                    tokenizer: keep-me
                """);
    }

    @Test
    void shouldMaskSecretFieldsInQueryStringsAndFormBodies() {
        assertThat(redactor.redact("GET /api/tokens?refresh_token=r3fr3sh&scope=user"))
                .isEqualTo("GET /api/tokens?refresh_token=********&scope=user");
        assertThat(redactor.redact("identity=admin&secret=changeme")).isEqualTo("identity=admin&secret=********");
        assertThat(redactor.redact("mytoken=visible")).isEqualTo("mytoken=visible");
    }

    @Test
    void shouldRedactAJsonTreeIntoACopy() throws Exception {
        redactor.register("s3cr3t-registered");
        JsonNode tree = new ObjectMapper().readTree("""
                {"email":"admin@example.com","secret":"changeme","meta":{"certificate_key":"-----BEGIN","note":"was s3cr3t-registered",
                 "token":null},"items":[{"password":"x1234"},{"bearer":"Bearer %s"}],"id":7}""".formatted(JWT));

        JsonNode redacted = redactor.redact(tree);

        assertThat(redacted.toString())
                .isEqualTo("{\"email\":\"admin@example.com\",\"secret\":\"********\",\"meta\":{\"certificate_key\":"
                        + "\"********\",\"note\":\"was ********\",\"token\":null},\"items\":[{\"password\":"
                        + "\"********\"},{\"bearer\":\"Bearer ********\"}],\"id\":7}");
        assertThat(tree.get("secret").asText()).as("the original is untouched").isEqualTo("changeme");
    }

    @Test
    void shouldCopeWithLongValuesAndLongInputs() {
        String longKey = "A".repeat(200_000);
        String pemInJson = ("B".repeat(64) + "\\n").repeat(20_000);
        String json = "{\"certificate_key\":\"" + longKey + "\\n\",\"x\":\"\\\"" + longKey + "\"}";
        String escaped = "{\\\"password\\\":\\\"" + longKey + "\\\"}";
        String yaml = "password: " + longKey + "\n";

        assertThat(redactor.redact(json))
                .startsWith("{\"certificate_key\":\"********\",\"x\"")
                .hasSize(json.length() - 200_002 + 8);
        assertThat(redactor.redact(escaped)).isEqualTo("{\\\"password\\\":\\\"********\\\"}");
        assertThat(redactor.redact(yaml)).isEqualTo("password: ********\n");
        assertThat(redactor.redact("{\"certificate_key\": \"" + pemInJson + "\"}"))
                .isEqualTo("{\"certificate_key\": \"********\"}");
        assertThat(redactor.redact("-----BEGIN PRIVATE KEY-----\n" + longKey)).doesNotContain("AAAA");
    }

    @Test
    void shouldMaskEmailsLeavingTheFirstTwoCharactersAndTheDomain() {
        assertThat(Redactor.maskEmail("admin@example.com")).isEqualTo("ad***@example.com");
        assertThat(Redactor.maskEmail("ab@example.com")).isEqualTo("a***@example.com");
        assertThat(Redactor.maskEmail("a@example.com")).isEqualTo("***@example.com");
        assertThat(Redactor.maskEmail("operator")).isEqualTo("op***");
    }

    @Test
    void shouldMaskSecretsWithoutRevealingTheirLength() {
        assertThat(Redactor.maskSecret("x")).isEqualTo(Redactor.maskSecret("a much longer secret value"))
                .isEqualTo("********");
        assertThat(Redactor.maskSecret("")).isEmpty();
    }

    @Test
    void shouldAcceptRegistrationsWhileOtherThreadsRedact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String secret = "secret-number-" + i;
                work.add(pool.submit(() -> redactor.register(secret)));
                work.add(pool.submit(() -> redactor.redact("nothing secret-number-x here")));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        for (int i = 0; i < 200; i++) {
            assertThat(redactor.redact("v=secret-number-" + i + ";")).isEqualTo("v=********;");
        }
    }
}
