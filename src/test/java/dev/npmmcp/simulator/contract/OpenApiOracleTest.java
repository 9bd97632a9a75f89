package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.testing.OpenApiDocument;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiOracleTest {

    private static final String HOST = """
            {"id":1,"created_on":"2026-11-24 00:41:23","modified_on":"2026-11-24 00:41:42","owner_user_id":1,
             "domain_names":["app.test.local"],"forward_host":"127.0.0.1","forward_port":9090,"access_list_id":1,
             "certificate_id":0,"ssl_forced":false,"caching_enabled":false,"block_exploits":true,"advanced_config":"",
             "meta":{"nginx_online":true,"nginx_err":null},"allow_websocket_upgrade":true,"http2_support":false,
             "forward_scheme":"http","enabled":true,"locations":null,"hsts_enabled":false,"hsts_subdomains":false,
             "trust_forwarded_proto":false,"access_list":%s}""";
    private static final String LIST = """
            {"id":1,"created_on":"2026-11-24 00:41:41","modified_on":"2026-11-24 00:41:42","owner_user_id":1,
             %s"meta":{},"satisfy_any":true,"pass_auth":false}""";

    private OpenApiOracle shared;

    @BeforeAll
    void load() {
        shared = OpenApiOracle.create(OpenApiDocument.load());
    }

    @Test
    void shouldForgiveOnlyTheCountNpmLeavesOutOfAProxyHostsAccessList() {
        OpenApiOracle oracle = shared.fresh();
        oracle.accept(update(HOST.formatted(LIST.formatted("\"name\":\"office\","))));
        assertThat(oracle.violations()).isEmpty();
    }

    @Test
    void shouldStillHoldTheRestOfAnEmbeddedAccessListToTheDocument() {
        OpenApiOracle oracle = shared.fresh();
        oracle.accept(update(HOST.formatted(LIST.formatted(""))));
        assertThat(oracle.violations()).anySatisfy(violation -> assertThat(violation)
                .contains("/access_list [required] required property 'name' not found"));
    }

    @Test
    void shouldStillHoldTheCountToTheDocumentWhereAnAccessListRouteAnswers() {
        OpenApiOracle oracle = shared.fresh();
        oracle.accept(new SimExchange("getAccessList", "GET", "/nginx/access-lists/1", "", Optional.empty(), 200,
                LIST.formatted("\"name\":\"office\",")));
        assertThat(oracle.violations()).anySatisfy(violation -> assertThat(violation)
                .contains("required property 'proxy_host_count' not found"));
    }

    private static SimExchange update(String body) {
        return new SimExchange("updateProxyHost", "PUT", "/nginx/proxy-hosts/1", "",
                Optional.of("{\"access_list_id\":1}"), 200, body);
    }
}
