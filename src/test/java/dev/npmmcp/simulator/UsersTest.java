package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class UsersTest {

    private static final String FIRST = "{\"name\":\"Administrator\",\"nickname\":\"Admin\","
            + "\"email\":\"admin@example.com\",\"auth\":{\"type\":\"password\",\"secret\":\"changeme123\"}}";
    private static final String BOB = "{\"name\":\"Bob\",\"nickname\":\"bob\",\"email\":\"bob@example.com\","
            + "\"roles\":[],\"is_disabled\":false,\"auth\":{\"type\":\"password\",\"secret\":\"bobpassword1\"}}";

    @Test
    void shouldCreateFirstAdminWithoutTokenFrom213Only() {
        try (NpmSimulator sim = NpmSimulator.builder().start();
                NpmSimulator old = NpmSimulator.builder().profile(NpmProfile.V2_12).start()) {
            Api api = new Api(sim);
            assertThat(api.get("/").json().get("setup").asBoolean()).isFalse();
            Api.Answer admin = api.post("/users", FIRST);
            assertThat(admin.status()).isEqualTo(201);
            assertThat(admin.json().get("roles").get(0).asText()).isEqualTo("admin");
            assertThat(api.get("/").json().get("setup").asBoolean()).isTrue();
            assertThat(api.post("/users", FIRST).message()).isEqualTo("Not Found - /users");

            Api oldApi = new Api(old);
            assertThat(oldApi.get("/").json().has("setup")).isFalse();
            assertThat(oldApi.post("/users", FIRST).status()).isEqualTo(403);
            oldApi.login("admin@example.com", "changeme");
        }
    }

    @Test
    void shouldAnswerPermissionAndAuthUpdatesWith201On210And200After() {
        try (NpmSimulator old = NpmSimulator.builder().profile(NpmProfile.V2_10).start();
                NpmSimulator fresh = NpmSimulator.builder().admin("admin@example.com", "changeme").start()) {
            for (NpmSimulator sim : java.util.List.of(old, fresh)) {
                Api api = new Api(sim).login("admin@example.com", "changeme");
                api.post("/users", BOB);
                int expected = sim == old ? 201 : 200;
                assertThat(api.put("/users/2/permissions", "{\"proxy_hosts\":\"view\"}").status()).isEqualTo(expected);
                assertThat(api.put("/users/2/auth", "{\"type\":\"password\",\"secret\":\"another-pw\"}").status())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldCheckCurrentPasswordWhenChangingOwnPassword() {
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme123");
            assertThat(api.put("/users/1/auth", "{\"type\":\"password\",\"secret\":\"short\"}").message())
                    .isEqualTo("data/secret must NOT have fewer than 8 characters");
            Api.Answer wrong = api.put("/users/1/auth",
                    "{\"type\":\"password\",\"current\":\"wrong\",\"secret\":\"newpassword1\"}");
            assertThat(wrong.message()).isEqualTo("Invalid email or password");
            assertThat(api.put("/users/1/auth",
                    "{\"type\":\"password\",\"current\":\"changeme123\",\"secret\":\"newpassword1\"}").status())
                    .isEqualTo(200);
            new Api(sim).login("admin@example.com", "newpassword1");
        }
    }

    @Test
    void shouldLimitUsersWithViewOnlyRightsLikeNpm() {
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").start()) {
            Api admin = new Api(sim).login("admin@example.com", "changeme123");
            admin.post("/nginx/proxy-hosts", "{\"domain_names\":[\"a.test.local\"],\"forward_scheme\":\"http\","
                    + "\"forward_host\":\"h\",\"forward_port\":80}");
            admin.post("/users", BOB);
            admin.put("/users/2/permissions", "{\"proxy_hosts\":\"view\",\"visibility\":\"user\"}");
            Api bob = new Api(sim).login("bob@example.com", "bobpassword1");

            assertThat(bob.get("/nginx/proxy-hosts").json()).isEmpty();
            assertThat(bob.get("/nginx/proxy-hosts/1").message()).isEqualTo("Not Found - 1");
            assertThat(bob.delete("/nginx/proxy-hosts/1").message()).isEqualTo("Not Found - /nginx/proxy-hosts/1");
            assertThat(bob.post("/nginx/proxy-hosts", "{\"domain_names\":[\"b.test.local\"],\"forward_scheme\":"
                    + "\"http\",\"forward_host\":\"h\",\"forward_port\":80}").status()).isEqualTo(500);
            assertThat(bob.get("/users").message()).isEqualTo("Not Found - /users");
            assertThat(bob.get("/settings").status()).isEqualTo(404);
            assertThat(bob.get("/users/me").json().get("email").asText()).isEqualTo("bob@example.com");
        }
    }

    @Test
    void shouldKeepHalfCreatedUserWhenAuthComesWithoutRoles() {
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme123");
            Api.Answer failed = api.post("/users", "{\"name\":\"Dave\",\"nickname\":\"dave\","
                    + "\"email\":\"dave@example.com\",\"auth\":{\"type\":\"password\",\"secret\":\"davepassword1\"}}");
            assertThat(failed.status()).isEqualTo(500);
            assertThat(api.get("/users/2?expand=permissions").json().get("permissions").isNull()).isTrue();
            new Api(sim).login("dave@example.com", "davepassword1");
        }
    }

    @Test
    void shouldUpdateUsersAndAuditThemTheWayEachVersionDoes() {
        for (NpmProfile profile : java.util.List.of(NpmProfile.V2_10, NpmProfile.V2_15)) {
            try (NpmSimulator sim = NpmSimulator.builder().profile(profile)
                    .admin("admin@example.com", "changeme123").start()) {
                Api admin = new Api(sim).login("admin@example.com", "changeme123");
                admin.post("/users", BOB);
                admin.post("/users", BOB.replace("Bob", "Carol").replace("bob", "carol"));
                // 2.10 checks the email format (ajv 6) before NPM trims it, so padding is refused there
                String pad = profile == NpmProfile.V2_10 ? "" : " ";
                if (profile == NpmProfile.V2_10) {
                    assertThat(admin.put("/users/2", "{\"email\":\"Carol@Example.com \"}").message())
                            .isEqualTo("data.email should match format \"email\"");
                }
                assertThat(admin.put("/users/2", "{\"email\":\"Carol@Example.com" + pad + "\"}").message())
                        .isEqualTo("Email address already in use - carol@example.com");
                Api.Answer renamed = admin.put("/users/2",
                        "{\"email\":\"" + pad + "Robert@Example.com\",\"is_disabled\":false}");
                assertThat(renamed.json().get("email").asText()).isEqualTo("robert@example.com");
                assertThat(renamed.json().get("avatar").asText()).isEqualTo(Users.gravatar("robert@example.com"));
                JsonNode updated = admin.get("/audit-log").json().get(0).get("meta");
                assertThat(updated.get("is_disabled").asInt()).isEqualTo(0);
                assertThat(updated.get("id").asInt()).isEqualTo(2);
                assertThat(updated.has("name")).isEqualTo(profile == NpmProfile.V2_15);

                Api bob = new Api(sim).login("robert@example.com", "bobpassword1");
                assertThat(bob.put("/users/2", "{\"roles\":[\"admin\"]}").status()).isEqualTo(200);
                assertThat(admin.get("/users/2").json().get("roles")).isEmpty();

                admin.put("/users/2/auth", "{\"type\":\"password\",\"secret\":\"another-pw\"}");
                JsonNode password = admin.get("/audit-log").json().get(0).get("meta");
                assertThat(password.get("password_changed").asBoolean()).isTrue();
                assertThat(password.get("auth_type").asText()).isEqualTo("password");

                admin.put("/users/2/permissions", "{\"proxy_hosts\":\"view\"}");
                JsonNode permissions = admin.get("/audit-log").json().get(0).get("meta").get("permissions");
                assertThat(permissions.get("user_id").asInt()).isEqualTo(2);
                assertThat(permissions.get("proxy_hosts").asText()).isEqualTo("view");
                assertThat(admin.get("/users/2?expand=permissions").json().get("permissions").has("user_id"))
                        .isEqualTo(profile == NpmProfile.V2_10);
            }
        }
    }

    @Test
    void shouldRefuseDeletingOneselfAndLoginAsOthers() {
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme123");
            api.post("/users", BOB);
            assertThat(api.delete("/users/1").status()).isEqualTo(403);
            Api.Answer as = api.post("/users/2/login", "");
            assertThat(as.json().get("user").get("email").asText()).isEqualTo("bob@example.com");
            assertThat(new Api(sim).token(as.json().get("token").asText()).get("/users/me").json().get("id").asInt())
                    .isEqualTo(2);
            assertThat(api.delete("/users/2").text()).isEqualTo("true");
            assertThat(api.get("/users/2").message()).isEqualTo("Not Found - 2");
        }
    }

    @Test
    void shouldSetUpAndConfirmTwoFactorWithBackupCodes() {
        MutableClock clock = new MutableClock();
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").clock(clock)
                .start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme123");
            assertThat(api.get("/users/1/2fa").json().get("enabled").asBoolean()).isFalse();
            Api.Answer setup = api.post("/users/1/2fa", "");
            String secret = setup.json().get("secret").asText();
            assertThat(setup.json().get("otpauth_url").asText()).contains("secret=" + secret);
            Api.Answer enabled = api.post("/users/1/2fa/enable",
                    "{\"code\":\"" + Totp.code(secret, clock.instant()) + "\"}");
            assertThat(enabled.json().get("backup_codes")).hasSize(8);
            assertThat(api.get("/users/1/2fa").json().get("backup_codes_remaining").asInt()).isEqualTo(8);
            String backup = enabled.json().get("backup_codes").get(0).asText();
            assertThat(api.delete("/users/1/2fa?code=" + backup).text()).isEqualTo("true");
        }
    }
}
