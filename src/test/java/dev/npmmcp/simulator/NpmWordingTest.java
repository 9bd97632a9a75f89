package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Error texts a differential check against real NPM found worded differently here: each expectation is what NPM's
 * source at the profile's release tag throws (backend/internal/stream.js, token.js, routes/users.js, certificate.js).
 */
class NpmWordingTest {

    private static final String STREAM = "{\"incoming_port\":9999,\"forwarding_host\":\"127.0.0.1\","
            + "\"forwarding_port\":22,\"tcp_forwarding\":true}";
    private static final String DISABLED_USER = "{\"name\":\"Bob\",\"nickname\":\"bob\",\"email\":\"bob@example.com\","
            + "\"roles\":[],\"is_disabled\":true}";

    private static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).admin("admin@example.com", "changeme123").start();
    }

    private static Api admin(NpmSimulator sim) {
        return new Api(sim).login("admin@example.com", "changeme123");
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldSayStreamFrom212AndHostOn210WhenAStreamIsAlreadyEnabled(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api api = admin(sim);
            api.post("/nginx/streams", STREAM);
            Api.Answer again = api.post("/nginx/streams/1/enable", "");
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.message()).isEqualTo(profile == NpmProfile.V2_10
                    ? "Host is already enabled"
                    : "Stream is already enabled");
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldAnswerADisabledUsersLoginAsAnUnknownUser(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api api = admin(sim);
            assertThat(api.post("/users", DISABLED_USER).status()).isEqualTo(201);
            api.put("/users/2/auth", "{\"type\":\"password\",\"secret\":\"bobs-password\"}");
            Api.Answer disabled = new Api(sim).post("/tokens",
                    "{\"identity\":\"bob@example.com\",\"secret\":\"bobs-password\"}");
            Api.Answer unknown = new Api(sim).post("/tokens",
                    "{\"identity\":\"nobody@example.com\",\"secret\":\"bobs-password\"}");
            assertThat(disabled.status()).isEqualTo(unknown.status());
            assertThat(disabled.text()).isEqualTo(unknown.text());
            assertThat(disabled.message()).isEqualTo(profile == NpmProfile.V2_10
                    ? "No relevant user found"
                    : "Invalid email or password");
        }
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_13", "V2_15"})
    void shouldAskForTheCodeBeforeAnythingElseWhenRemoving2fa(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api.Answer missing = admin(sim).delete("/users/1/2fa");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.message()).isEqualTo("Missing required parameter: code");
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldWrapOpensslsComplaintAboutAGarbageCertificateAsEachVersionDoes(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            String[] form = TestCertificates.multipart("certificate", "nope", "certificate_key", "nope");
            Api.Answer answer = admin(sim).send("POST", "/nginx/certificates/validate", Optional.of(form[0]),
                    form[1]);
            assertThat(answer.status()).isEqualTo(400);
            String file = profile.atLeast(NpmProfile.V2_13) ? "/tmp/[0-9a-f-]{36}" : "/tmp/[0-9a-f-]{36}/tmp";
            String openssl = "Could not read certificate from " + file + "\nUnable to load certificate\n";
            assertThat(answer.message()).matches("(?s)Certificate is not valid \\("
                    + (profile == NpmProfile.V2_10 ? "Command failed: openssl x509 -in " + file + " -subject -noout\n"
                            : "")
                    + openssl + "\\)");
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldLeaveTheBracketsOfAGarbageKeyEmptyFrom212(NpmProfile profile) throws Exception {
        TestCertificates good = TestCertificates.selfSigned("tls.test.local");
        try (NpmSimulator sim = start(profile)) {
            String[] form = TestCertificates.multipart("certificate", good.certificatePem(), "certificate_key",
                    "nope");
            Api.Answer answer = admin(sim).send("POST", "/nginx/certificates/validate", Optional.of(form[0]),
                    form[1]);
            assertThat(answer.message()).matches(profile == NpmProfile.V2_10
                    ? "(?s)Certificate Key is not valid \\(Command failed: openssl pkey -in /tmp/[0-9a-f-]{36}/tmp"
                            + " -check -noout 2>&1 \n\\)"
                    : "Certificate Key is not valid \\(\\)");
        }
    }
}
