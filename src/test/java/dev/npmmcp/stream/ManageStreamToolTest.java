package dev.npmmcp.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_manage_stream against a simulated NPM holding the demo homelab (stream #1: TCP 2222 -> 192.168.1.10:22). */
class ManageStreamToolTest {

    private final ManageStreamTool tool = new ManageStreamTool();
    private ToolFixture npm = ToolFixture.demo();

    @AfterEach
    void stop() {
        npm.close();
    }

    private StreamApi api() {
        return new StreamApi(npm.client());
    }

    @Test
    void shouldCreateATcpStreamAndReportNginxStatus() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "incoming_port", 3306,
                "forwarding_host", "192.168.1.40", "forwarding_port", 3306));

        int id = result.get("stream_id").asInt();
        assertThat(result.get("instance").asText()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(result.get("changed").asBoolean()).isTrue();
        assertThat(result.at("/stream/nginx_online").asBoolean()).isTrue();
        assertThat(npm.bodies("createStream")).singleElement().satisfies(body -> assertThat(body)
                .contains("\"tcp_forwarding\":true", "\"udp_forwarding\":false")
                .doesNotContain("certificate_id"));
        Stream stored = api().get(id, Set.of());
        assertThat(stored.incomingPort()).isEqualTo(3306);
        assertThat(stored.forwardingHost()).isEqualTo("192.168.1.40");
        assertThat(stored.tcpForwarding()).isTrue();
    }

    @Test
    void shouldForwardOnlyUdpWhenOnlyUdpIsAskedFor() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "incoming_port", 51820,
                "forwarding_host", "192.168.1.50", "forwarding_port", 51820, "udp_forwarding", true));

        assertThat(result.at("/stream/tcp_forwarding").asBoolean()).isFalse();
        assertThat(result.at("/stream/udp_forwarding").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseAPortAnotherEnabledStreamUsesAndNameIt() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "incoming_port", 2222,
                        "forwarding_host", "192.168.1.11", "forwarding_port", 22)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("stream #1")
                .hasMessageContaining("192.168.1.10:22");
        assertThat(npm.sim().requestCount("createStream")).isZero();
    }

    @Test
    void shouldAllowUdpOnAPortUsedOnlyForTcp() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "incoming_port", 2222,
                "forwarding_host", "192.168.1.11", "forwarding_port", 2222, "tcp_forwarding", false,
                "udp_forwarding", true));

        assertThat(result.at("/stream/nginx_online").asBoolean()).isTrue();
        assertThat(api().list(Optional.empty(), Set.of())).hasSize(2);
    }

    @Test
    void shouldRefuseAStreamThatForwardsNeitherProtocol() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "incoming_port", 4000,
                        "forwarding_host", "192.168.1.11", "forwarding_port", 4000, "tcp_forwarding", false,
                        "udp_forwarding", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("TCP, UDP or both");
        assertThat(npm.sim().requestCount("createStream")).isZero();
    }

    @Test
    void shouldRefuseNpmsOwnHttpsPort() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "incoming_port", 443,
                        "forwarding_host", "192.168.1.11", "forwarding_port", 8443)))
                .isInstanceOf(ToolFailure.class)
                .satisfies(e -> assertThat(((ToolFailure) e).hint()).contains("proxy host"));
        assertThat(npm.sim().requestCount("createStream")).isZero();
    }

    @Test
    void shouldCreateATlsStreamWithAnExistingCertificate() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "incoming_port", 8883,
                "forwarding_host", "192.168.1.60", "forwarding_port", 1883, "certificate_id", 2));

        assertThat(result.at("/stream/certificate_id").asInt()).isEqualTo(2);
        assertThat(result.get("notes").toString()).contains("nas.home.lan");
        assertThat(api().get(result.get("stream_id").asInt(), Set.of()).certificateId()).isEqualTo(2);
    }

    @Test
    void shouldRefuseACertificateThatDoesNotExist() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "incoming_port", 8883,
                        "forwarding_host", "192.168.1.60", "forwarding_port", 1883, "certificate_id", 99)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Certificate #99 does not exist");
        assertThat(npm.sim().requestCount("createStream")).isZero();
    }

    @Test
    void shouldExplainThatTlsStreamsNeedNpm212() {
        npm.close();
        npm = ToolFixture.demo(NpmProfile.V2_10);

        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "incoming_port", 8883,
                        "forwarding_host", "192.168.1.60", "forwarding_port", 1883, "certificate_id", 2)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("2.10.4")
                .hasMessageContaining("2.12");
        assertThat(npm.sim().requestCount("createStream")).isZero();
    }

    @Test
    void shouldCreateAPlainStreamOnNpm210WithoutTheCertificateField() {
        npm.close();
        npm = ToolFixture.demo(NpmProfile.V2_10);

        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "incoming_port", 3306,
                "forwarding_host", "192.168.1.40", "forwarding_port", 3306, "certificate_id", 0));

        assertThat(result.at("/stream/tcp_forwarding").asBoolean()).isTrue();
        assertThat(result.at("/stream/nginx_online").asBoolean()).isTrue();
        assertThat(npm.bodies("createStream")).singleElement()
                .satisfies(body -> assertThat(body).doesNotContain("certificate_id"));
    }

    @Test
    void shouldSendOnlyTheChangedFieldsOnUpdate() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "stream_id", 1,
                "forwarding_host", "192.168.1.10", "forwarding_port", 2022));

        assertThat(result.get("changed").asBoolean()).isTrue();
        assertThat(npm.bodies("updateStream")).containsExactly("{\"forwarding_port\":2022}");
        assertThat(api().get(1, Set.of()).forwardingPort()).isEqualTo(2022);
    }

    @Test
    void shouldNotWriteWhenTheUpdateChangesNothing() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "stream_id", 1, "incoming_port", 2222));

        assertThat(result.get("changed").asBoolean()).isFalse();
        assertThat(npm.sim().requestCount("updateStream")).isZero();
    }

    @Test
    void shouldRefuseMovingAStreamOntoATakenPort() {
        int other = api().create(StreamCreate.builder(2223, "192.168.1.12", 22).tcpForwarding(true).build()).id();

        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "update", "stream_id", other,
                        "incoming_port", 2222)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("stream #1");
        assertThat(npm.sim().requestCount("updateStream")).isZero();
    }

    @Test
    void shouldNameTheMissingStreamIdParameter() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "update", "forwarding_port", 22)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("stream_id");
    }

    @Test
    void shouldLetNpmReportAnUnknownStream() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "disable", "stream_id", 42)))
                .isInstanceOf(NpmNotFoundException.class);
        assertThat(npm.sim().requestCount("disableStream")).isZero();
    }

    @Test
    void shouldTreatEnablingAnEnabledStreamAsDone() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "enable", "stream_id", 1));

        assertThat(result.get("changed").asBoolean()).isFalse();
        assertThat(result.get("message").asText()).contains("already enabled");
        assertThat(npm.sim().requestCount("enableStream")).isZero();
    }

    @Test
    void shouldDisableOnceAndThenReportAlreadyDisabled() {
        JsonNode first = npm.callJson(tool, Map.of("operation", "disable", "stream_id", 1));
        JsonNode second = npm.callJson(tool, Map.of("operation", "disable", "stream_id", 1));

        assertThat(first.get("changed").asBoolean()).isTrue();
        assertThat(first.at("/stream/enabled").asBoolean()).isFalse();
        assertThat(npm.exchange("getStream").responseBody()).as("NPM keeps the verdict from when it was enabled")
                .contains("\"nginx_online\":true");
        assertThat(first.at("/stream/nginx_online").isMissingNode()).as("which says nothing about a disabled stream")
                .isTrue();
        assertThat(tool.render(npm.call(tool, Map.of("operation", "enable", "stream_id", 1))).orElseThrow())
                .contains("(enabled, online)");
        npm.call(tool, Map.of("operation", "disable", "stream_id", 1));
        assertThat(second.get("changed").asBoolean()).isFalse();
        assertThat(npm.sim().requestCount("disableStream")).isEqualTo(2);
        assertThat(api().get(1, Set.of()).enabled()).isFalse();
    }

    @Test
    void shouldRefuseToEnableAStreamWhosePortIsTaken() {
        int twin = api().create(StreamCreate.builder(2222, "192.168.1.12", 22).tcpForwarding(true).build()).id();
        api().disable(twin);

        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "enable", "stream_id", twin)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("stream #1");
        assertThat(npm.sim().requestCount("enableStream")).isZero();
    }

    @Test
    void shouldDeleteOnlyWithConfirmation() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "delete", "stream_id", 1)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("confirmation");
        assertThat(npm.sim().requestCount("deleteStream")).isZero();

        JsonNode result = npm.callJson(tool, Map.of("operation", "delete", "stream_id", 1, "confirm", true));

        assertThat(result.at("/stream/incoming_port").asInt()).isEqualTo(2222);
        assertThat(api().list(Optional.empty(), Set.of())).isEmpty();
    }

    @Test
    void shouldChangeNothingInReadOnlyMode() {
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "create", "incoming_port", 3306,
                        "forwarding_host", "192.168.1.40", "forwarding_port", 3306)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(npm.sim().requestCount("createStream")).isZero();
    }

    @Test
    void shouldRefuseAPortOutsideTheValidRange() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "incoming_port", 70000,
                        "forwarding_host", "192.168.1.40", "forwarding_port", 3306)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("incoming_port");
    }
}
