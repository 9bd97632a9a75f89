package dev.npmmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeLogTest {

    @Test
    void shouldParseRequestsBodiesStatusesAndEmptyResponses() {
        List<RecordedExchange> exchanges = ExchangeLog.parse(List.of(
                "### GET /nginx/proxy-hosts?expand=owner ",
                "=> 200 []",
                "### PUT /nginx/proxy-hosts/1 body={\"a\":\"x body=y\"}",
                "=> 400 {\"error\":{\"code\":400,\"message\":\"m\"}}",
                "### POST /nginx/certificates/4/upload body=multipart certificate,certificate_key",
                "=> 204 "));

        assertThat(exchanges).hasSize(3);
        assertThat(exchanges.get(0).path()).isEqualTo("/nginx/proxy-hosts");
        assertThat(exchanges.get(0).query()).contains("expand=owner");
        assertThat(exchanges.get(0).requestBody()).isEmpty();
        assertThat(exchanges.get(1).requestBody()).contains("{\"a\":\"x body=y\"}");
        assertThat(exchanges.get(1).status()).isEqualTo(400);
        assertThat(exchanges.get(2).multipartFields()).contains(List.of("certificate", "certificate_key"));
        assertThat(exchanges.get(2).responseBody()).isEmpty();
        assertThat(exchanges.get(2).title()).isEqualTo("#003 POST /nginx/certificates/4/upload → 204");
    }

    @Test
    void shouldRefuseARequestWithoutResponse() {
        assertThatThrownBy(() -> ExchangeLog.parse(List.of("### GET / ", "### GET / ", "=> 200 {}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadEveryRecordedLogCompletely() {
        for (String log : List.of(
                "npm-api/exchanges-2.15.1.log",
                "npm-api/versions/exchanges-2.10.4.log",
                "npm-api/versions/exchanges-2.12.6.log",
                "npm-api/versions/exchanges-2.13.7.log",
                "npm-api/versions/exchanges-2.15.1.log")) {
            List<RecordedExchange> exchanges = ExchangeLog.load(log);

            assertThat(exchanges).as(log).hasSizeGreaterThanOrEqualTo(54);
            assertThat(exchanges).as(log).allSatisfy(exchange -> assertThat(exchange.response()).isNotNull());
        }
        assertThat(ExchangeLog.load("npm-api/exchanges-2.15.1.log")).hasSize(160);
    }
}
