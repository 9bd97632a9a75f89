package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where NPM 2.10.4 and 2.12.6 answer differently from later releases, as their source at the release tags shows:
 * missing objects, validation, permissions and Let's Encrypt requests no recording covers.
 */
class OldReleasesTest {

    /** One valid partial update per host type, so that only the missing id decides the answer. */
    private static final Map<String, String> HOST_UPDATES = Map.of(
            "/nginx/proxy-hosts", "{\"forward_port\":81}",
            "/nginx/redirection-hosts", "{\"forward_http_code\":301}",
            "/nginx/dead-hosts", "{\"ssl_forced\":false}",
            "/nginx/streams", "{\"forwarding_port\":23}");

    private static final String BOB = "{\"name\":\"Bob\",\"nickname\":\"bob\",\"email\":\"bob@example.com\","
            + "\"roles\":[],\"is_disabled\":false}";

    private static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).start();
    }

    private static Api admin(NpmSimulator sim) {
        return new Api(sim).login("admin@example.com", "changeme");
    }

    /** 2.10's answer when a write's id check meets the empty row: a 400 saying only "Internal Error". */
    private static void assertIdCheckFailed(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what).isEqualTo(400);
        assertThat(answer.message()).as(what).isEqualTo("Internal Error");
    }

    @Test
    void shouldFailWritesOfUnknownHostsThe210Way() {
        try (NpmSimulator sim = start(NpmProfile.V2_10)) {
            Api api = admin(sim);
            HOST_UPDATES.forEach((base, update) -> {
                // internal/*.js: get() answers {} for a missing row; update's id check then throws an internal
                // validation error, delete/enable patch with an undefined id (knex refuses: 500), and disable finds
                // the empty row "already disabled".
                assertIdCheckFailed(api.put(base + "/99", update), base);
                assertThat(api.delete(base + "/99").status()).as(base).isEqualTo(500);
                assertThat(api.post(base + "/99/enable", "").status()).as(base).isEqualTo(500);
                assertThat(api.post(base + "/99/disable", "").message()).as(base)
                        .isEqualTo("Host is already disabled");
            });
        }
    }

    @Test
    void shouldAnswerItemNotFoundForEveryWriteOfUnknownHostsOn212() {
        try (NpmSimulator sim = start(NpmProfile.V2_12)) {
            Api api = admin(sim);
            HOST_UPDATES.forEach((base, update) -> {
                assertThat(api.put(base + "/99", update).message()).as(base).isEqualTo("Item Not Found - 99");
                assertThat(api.delete(base + "/99").message()).as(base).isEqualTo("Item Not Found - 99");
                assertThat(api.post(base + "/99/enable", "").message()).as(base).isEqualTo("Item Not Found - 99");
                assertThat(api.post(base + "/99/disable", "").message()).as(base).isEqualTo("Item Not Found - 99");
            });
        }
    }

    @Test
    void shouldDisableDeadHostsLikeOtherHostsBefore213() {
        for (NpmProfile profile : List.of(NpmProfile.V2_10, NpmProfile.V2_12)) {
            try (NpmSimulator sim = start(profile)) {
                Api api = admin(sim);
                api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
                // the route awaits disable() up to 2.12; the {} answer came with 2.13's rewrite of the route
                assertThat(api.post("/nginx/dead-hosts/1/disable", "").text()).as(profile.name()).isEqualTo("true");
                Api.Answer again = api.post("/nginx/dead-hosts/1/disable", "");
                assertThat(again.status()).as(profile.name()).isEqualTo(400);
                assertThat(again.message()).as(profile.name()).isEqualTo("Host is already disabled");
            }
        }
    }

    @Test
    void shouldFailWritesOfUnknownUsersThe210Way() {
        try (NpmSimulator sim = start(NpmProfile.V2_10)) {
            Api api = admin(sim);
            assertIdCheckFailed(api.put("/users/99", "{\"nickname\":\"bobby\"}"), "user update");
            assertIdCheckFailed(api.put("/users/99/auth", "{\"type\":\"password\",\"secret\":\"another-pw\"}"),
                    "user password");
            assertThat(api.put("/users/99/permissions", "{\"proxy_hosts\":\"view\"}").status()).isEqualTo(400);
            assertThat(api.delete("/users/99").status()).isEqualTo(500);
            // loginAs signs a token for the empty user it read
            Api.Answer login = api.post("/users/99/login", "");
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.json().get("user").isEmpty()).isTrue();
        }
        try (NpmSimulator sim = start(NpmProfile.V2_12)) {
            Api api = admin(sim);
            assertThat(api.put("/users/99", "{\"nickname\":\"bobby\"}").message()).isEqualTo("Item Not Found - 99");
            assertThat(api.delete("/users/99").message()).isEqualTo("Item Not Found - 99");
            assertThat(api.post("/users/99/login", "").message()).isEqualTo("Item Not Found - 99");
        }
    }

    @Test
    void shouldFailWritesOfUnknownAccessListsAndCertificatesThe210Way() {
        try (NpmSimulator sim = start(NpmProfile.V2_10)) {
            Api api = admin(sim);
            assertIdCheckFailed(api.put("/nginx/access-lists/99", "{\"name\":\"x\"}"), "access list update");
            assertThat(api.delete("/nginx/certificates/99").status()).isEqualTo(500);
            assertThat(api.post("/nginx/certificates/99/renew", "").message())
                    .isEqualTo("Only Let'sEncrypt certificates can be renewed");
            assertThat(api.get("/nginx/certificates/99/download").message())
                    .isEqualTo("Only Let'sEncrypt certificates can be downloaded");
        }
        try (NpmSimulator sim = start(NpmProfile.V2_12)) {
            Api api = admin(sim);
            assertThat(api.put("/nginx/access-lists/99", "{\"name\":\"x\"}").message())
                    .isEqualTo("Item Not Found - 99");
            assertThat(api.delete("/nginx/certificates/99").message()).isEqualTo("Item Not Found - 99");
            assertThat(api.post("/nginx/certificates/99/renew", "").message()).isEqualTo("Item Not Found - 99");
        }
    }

    @Test
    void shouldDenyCreatingWithViewOnlyRightsWith403Before213() {
        for (NpmProfile profile : List.of(NpmProfile.V2_10, NpmProfile.V2_12)) {
            try (NpmSimulator sim = start(profile)) {
                Api api = admin(sim);
                api.post("/users", BOB);
                api.put("/users/2/auth", "{\"type\":\"password\",\"secret\":\"bobpassword1\"}");
                api.put("/users/2/permissions", "{\"proxy_hosts\":\"view\",\"streams\":\"view\"}");
                Api bob = new Api(sim).login("bob@example.com", "bobpassword1");
                // access.js wraps every refusal in a PermissionError (with new) up to 2.12
                Api.Answer host = bob.post("/nginx/proxy-hosts", "{\"domain_names\":[\"b.test.local\"],"
                        + "\"forward_scheme\":\"http\",\"forward_host\":\"h\",\"forward_port\":80}");
                assertThat(host.status()).as(profile.name()).isEqualTo(403);
                assertThat(host.message()).as(profile.name()).isEqualTo("Permission Denied");
                assertThat(bob.post("/nginx/streams", "{\"incoming_port\":9999,\"forwarding_host\":\"127.0.0.1\","
                        + "\"forwarding_port\":22}").status()).as(profile.name()).isEqualTo(403);
            }
        }
    }

    @Test
    void shouldRefuseEmptyAccessListPasswordsOnCreateAndTakeMetaBefore213() {
        try (NpmSimulator old = start(NpmProfile.V2_10); NpmSimulator sim = start(NpmProfile.V2_12)) {
            String empty = "{\"name\":\"office\",\"items\":[{\"username\":\"bob\",\"password\":\"\"}],\"clients\":[]}";
            assertThat(admin(old).post("/nginx/access-lists", empty).message())
                    .isEqualTo("data.items[0].password should NOT be shorter than 1 characters");
            assertThat(admin(sim).post("/nginx/access-lists", empty).message())
                    .isEqualTo("data/items/0/password must NOT have fewer than 1 characters");
            String withMeta = "{\"name\":\"office\",\"items\":[],\"clients\":[],\"meta\":{}}";
            assertThat(admin(old).post("/nginx/access-lists", withMeta).status()).isEqualTo(201);
            assertThat(admin(sim).post("/nginx/access-lists", withMeta).status()).isEqualTo(201);
        }
    }

    @Test
    void shouldRefuseUnknownDnsProvidersInsteadOfIssuingBefore213() {
        String body = "{\"provider\":\"letsencrypt\",\"domain_names\":[\"dns.example.com\"],\"meta\":{"
                + "\"letsencrypt_email\":\"admin@example.com\",\"letsencrypt_agree\":true,\"dns_challenge\":true,"
                + "\"dns_provider\":\"nope\",\"dns_provider_credentials\":\"x = y\"}}";
        try (NpmSimulator old = start(NpmProfile.V2_10); NpmSimulator sim = start(NpmProfile.V2_12)) {
            Api oldApi = admin(old);
            // 2.10: requestLetsEncryptSslWithDnsChallenge throws a plain Error for a provider it does not know
            Api.Answer refused = oldApi.post("/nginx/certificates", body);
            assertThat(refused.status()).isEqualTo(500);
            assertThat(refused.text()).contains("Unknown DNS provider 'nope'");
            assertThat(oldApi.get("/nginx/certificates").json()).isEmpty();
            // 2.12: certbot.installPlugin answers ItemNotFoundError with the plugin key
            Api api = admin(sim);
            assertThat(api.post("/nginx/certificates", body).message()).isEqualTo("Item Not Found - nope");
            assertThat(api.post("/nginx/certificates", body.replace("\"dns_provider\":\"nope\",", "")).message())
                    .isEqualTo("Item Not Found - undefined");
            assertThat(api.get("/nginx/certificates").json()).isEmpty();
            assertThat(api.post("/nginx/certificates", body.replace("nope", "cloudflare")).status()).isEqualTo(201);
        }
    }

    @Test
    void shouldReportOnlyTheFirstValidationErrorOn210() {
        try (NpmSimulator sim = start(NpmProfile.V2_10)) {
            // lib/validator/api.js at v2.10.4 runs ajv 6 with allErrors: false
            assertThat(admin(sim).post("/nginx/proxy-hosts", "{\"forward_scheme\":\"http\"}").message())
                    .isEqualTo("data should have required property 'domain_names'");
            assertThat(admin(sim).post("/nginx/proxy-hosts", "{\"domain_names\":[\"a.test.local\"],"
                    + "\"forward_scheme\":\"http\",\"forward_host\":\"h\",\"forward_port\":80,"
                    + "\"certificate_id\":\"abc\"}").message()).isEqualTo("data.certificate_id should be integer, "
                    + "data.certificate_id should match pattern \"^new$\", data.certificate_id should match some "
                    + "schema in anyOf");
        }
    }

    @Test
    void shouldCheckDomainNamesWith210Rules() {
        try (NpmSimulator sim = start(NpmProfile.V2_10)) {
            Api api = admin(sim);
            String host = "{\"domain_names\":NAMES,\"forward_scheme\":\"http\",\"forward_host\":\"h\","
                    + "\"forward_port\":80}";
            // endpoints/*.json at v2.10.4: at most 15 names, no minimum, each a host name with an optional "*."
            StringBuilder sixteen = new StringBuilder("[");
            for (int i = 0; i < 16; i++) {
                sixteen.append(i == 0 ? "" : ",").append("\"h").append(i).append(".test.local\"");
            }
            assertThat(api.post("/nginx/proxy-hosts", host.replace("NAMES", sixteen + "]")).message())
                    .isEqualTo("data.domain_names should NOT have more than 15 items");
            assertThat(api.post("/nginx/proxy-hosts", host.replace("NAMES", "[\"a..b\"]")).message())
                    .isEqualTo("data.domain_names[0] should match pattern \"^(?:\\*\\.)?(?:[^.*]+\\.?)+[^.]$\"");
            assertThat(api.post("/nginx/proxy-hosts", host.replace("NAMES", "[\"*.wild.test.local\"]")).status())
                    .isEqualTo(201);
            assertThat(api.post("/nginx/proxy-hosts", host.replace("NAMES", "[]")).status()).isEqualTo(201);
        }
    }

    @Test
    void shouldValidateUsersTokensSettingsAndCertificatesWith210Schemas() {
        try (NpmSimulator sim = start(NpmProfile.V2_10)) {
            Api api = admin(sim);
            assertThat(api.post("/users", BOB.replace("\"Bob\"", "\"B\"")).message())
                    .isEqualTo("data.name should NOT be shorter than 2 characters");
            assertThat(api.post("/users", BOB.replace("bob@example.com", "not-an-email")).message())
                    .isEqualTo("data.email should match format \"email\"");
            // no additionalProperties: false on 2.10's user, token and setting schemas: an unknown field passes
            // validation, and sqlite then refuses the column (500) where the body is written as it came
            assertThat(api.post("/users", BOB.replace("}", ",\"extra\":1}")).status()).isEqualTo(500);
            assertThat(api.post("/users", BOB).status()).isEqualTo(201);
            assertThat(api.put("/users/2", "{\"extra\":1}").status()).isEqualTo(500);
            assertThat(api.put("/users/2/permissions", "{}").status()).isEqualTo(201);
            assertThat(api.put("/users/2/permissions", "{\"visibility\":\"some\"}").message())
                    .isEqualTo("data.visibility should match pattern \"^(all|user)$\"");
            assertThat(new Api(sim).post("/tokens", "{\"identity\":\"admin@example.com\",\"secret\":\"changeme\","
                    + "\"expiry\":\"1d\"}").status()).isEqualTo(200);
            assertThat(api.put("/settings/default-site", "{\"value\":\"404\",\"extra\":1}").status())
                    .isEqualTo(500);
            // the certificate meta of 2.10 knows only the Let's Encrypt fields
            assertThat(api.post("/nginx/certificates", "{\"provider\":\"other\",\"nice_name\":\"c\","
                    + "\"meta\":{\"certificate\":\"x\"}}").message())
                    .isEqualTo("data.meta should NOT have additional properties");
            assertThat(api.post("/nginx/certificates", "{\"provider\":\"letsencrypt\",\"domain_names\":"
                    + "[\"le.example.com\"],\"meta\":{\"letsencrypt_email\":\"nope\"}}").message())
                    .isEqualTo("data.meta.letsencrypt_email should match format \"email\"");
        }
    }
}
