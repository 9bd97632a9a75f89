package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemTest {

    private static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).admin("admin@example.com", "changeme123").start();
    }

    private static Api admin(NpmSimulator sim) {
        return new Api(sim).login("admin@example.com", "changeme123");
    }

    @Test
    void shouldReportProfileOrOverriddenVersion() {
        try (NpmSimulator sim = NpmSimulator.builder().reportedVersion("2.0.0").start();
                NpmSimulator old = start(NpmProfile.V2_10)) {
            var health = new Api(sim).get("/").json();
            assertThat(health.get("version").get("major").asInt()).isEqualTo(2);
            assertThat(health.get("version").get("minor").asInt()).isZero();
            assertThat(new Api(old).get("/").json().get("version").get("revision").asInt()).isEqualTo(4);
            assertThat(new Api(sim).get("/schema").json().get("info").get("version").asText()).isEqualTo("2.0.0");
        }
    }

    @Test
    void shouldDescribeTheProfileRequestSchemasUnderSchema() {
        try (NpmSimulator v213 = NpmSimulator.builder().profile(NpmProfile.V2_13).reportedVersion("2.0.0").start();
                NpmSimulator v215 = NpmSimulator.builder().reportedVersion("2.0.0").start()) {
            String pointer = "/paths/~1nginx~1proxy-hosts/post/requestBody/content/application~1json/schema/properties";
            assertThat(new Api(v213).get("/schema").json().at(pointer).has("trust_forwarded_proto")).isFalse();
            var document = new Api(v215).get("/schema").json();
            assertThat(document.at(pointer).has("trust_forwarded_proto")).isTrue();
            assertThat(document.at("/paths/~1nginx~1certificates~1test-http").has("post")).isTrue();
            assertThat(document.at("/paths/~1tokens~12fa/post/operationId").asText()).isEqualTo("loginWith2FA");
        }
    }

    @Test
    void shouldDescribeTheApiInSchemaInfoFrom213Only() {
        try (NpmSimulator v212 = start(NpmProfile.V2_12); NpmSimulator v213 = start(NpmProfile.V2_13)) {
            assertThat(new Api(v212).get("/schema").json().path("info").has("description")).isFalse();
            assertThat(new Api(v213).get("/schema").json().path("info").path("description").asText())
                    .startsWith("This is the official API documentation for Nginx Proxy Manager.\n\n")
                    .endsWith("(https://nginxproxymanager.com).");
        }
    }

    @Test
    void shouldUpdateDefaultSiteKeepingMetaAndRefuseOtherSettings() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = admin(sim);
            api.put("/settings/default-site", "{\"value\":\"html\",\"meta\":{\"html\":\"<p>hi</p>\"}}");
            var kept = api.put("/settings/default-site", "{\"value\":\"congratulations\"}").json();
            assertThat(kept.get("meta").get("html").asText()).isEqualTo("<p>hi</p>");
            assertThat(api.put("/settings/default-site", "{\"value\":\"bogus\"}").message())
                    .isEqualTo("data/value must be equal to one of the allowed values");
            assertThat(api.get("/settings/other").message()).isEqualTo("Not Found - other");
        }
    }

    @Test
    void shouldMatchAuditQueryAnywhereUpTo212AndAsSuffixAfter() {
        try (NpmSimulator old = start(NpmProfile.V2_12); NpmSimulator fresh = start(NpmProfile.V2_15)) {
            for (NpmSimulator sim : java.util.List.of(old, fresh)) {
                Api api = admin(sim);
                api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
                int expected = sim == old ? 1 : 0;
                assertThat(api.get("/audit-log?query=gone.test").json()).hasSize(expected);
            }
            Api api = admin(fresh);
            var row = api.get("/audit-log?expand=user").json().get(0);
            assertThat(row.get("object_type").asText()).isEqualTo("dead-host");
            assertThat(row.get("user").get("email").asText()).isEqualTo("admin@example.com");
            assertThat(api.get("/audit-log/99999").message()).isEqualTo("Not Found - 99999");
        }
    }

    @Test
    void shouldServeOneAuditEventByIdOnlyFrom213() {
        try (NpmSimulator old = start(NpmProfile.V2_12); NpmSimulator fresh = start(NpmProfile.V2_13)) {
            for (NpmSimulator sim : java.util.List.of(old, fresh)) {
                Api api = admin(sim);
                api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
                int id = api.get("/audit-log").json().get(0).get("id").asInt();
                Api.Answer event = api.get("/audit-log/" + id);
                if (sim == old) {
                    assertThat(event.status()).isEqualTo(404);
                    assertThat(event.message()).isEqualTo("Item Not Found - /audit-log/" + id);
                } else {
                    assertThat(event.json().get("id").asInt()).isEqualTo(id);
                }
            }
        }
    }

    @Test
    void shouldCapAuditLogAtHundredRows() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = admin(sim);
            api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
            for (int i = 0; i < 60; i++) {
                api.post("/nginx/dead-hosts/1/disable", "");
                api.post("/nginx/dead-hosts/1/enable", "");
            }
            var rows = api.get("/audit-log").json();
            assertThat(rows).hasSize(100);
            assertThat(rows.get(0).get("id").asInt()).isEqualTo(121);
        }
    }

    @Test
    void shouldCountHostsAndAnswerVersionCheckWithoutNetwork() {
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start()) {
            Api api = new Api(sim).login(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD);
            var report = api.get("/reports/hosts").json();
            assertThat(report.get("proxy").asInt()).isEqualTo(3);
            assertThat(report.get("redirection").asInt()).isEqualTo(1);
            assertThat(report.get("stream").asInt()).isEqualTo(1);
            assertThat(report.get("dead").asInt()).isEqualTo(1);
            assertThat(api.get("/version/check").json().get("update_available").asBoolean()).isFalse();
        }
    }
}
