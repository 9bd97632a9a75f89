package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.npmmcp.tool.SchemaFixtures.Checked;
import dev.npmmcp.tool.SchemaFixtures.HostInput;
import dev.npmmcp.tool.SchemaFixtures.Location;
import dev.npmmcp.tool.SchemaFixtures.Scheme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentBinderTest {

    private final ArgumentBinder binder = new ArgumentBinder(ToolJson.newMapper());

    private ToolFailure failure(Map<String, ?> arguments) {
        return catchThrowableOfType(ToolFailure.class, () -> binder.bind("npm_test", HostInput.class, arguments));
    }

    @Test
    void shouldBindSnakeCaseArgumentsAndFillInDefaults() {
        HostInput input = binder.bind("npm_test", HostInput.class, Map.of(
                "host_id", 7,
                "domain_names", List.of("a.example"),
                "locations", List.of(Map.of("path", "/api", "forward_port", 8080)),
                "certificate_id", 3,
                "ssl_certificate_id", 4));

        assertThat(input.hostId()).isEqualTo(7);
        assertThat(input.sslCertificateId()).as("accepted, though not advertised").contains(4);
        assertThat(input.port()).isEqualTo(81);
        assertThat(input.forwardScheme()).isEqualTo(Scheme.HTTP);
        assertThat(input.enabledOnly()).isFalse();
        assertThat(input.domainFilter()).isEmpty();
        assertThat(input.locations()).contains(List.of(new Location("/api", Optional.of(8080))));
        assertThat(input.certId()).contains(3);
    }

    @Test
    void shouldTreatAnExplicitNullAsLeftOut() {
        Map<String, Object> arguments = new HashMap<>(Map.of("host_id", 1, "domain_names", List.of()));
        arguments.put("domain_filter", null);
        arguments.put("port", null);
        HostInput input = binder.bind("npm_test", HostInput.class, arguments);
        assertThat(input.domainFilter()).isEmpty();
        assertThat(input.port()).isEqualTo(81);
    }

    @Test
    void shouldRefuseExtraPropertiesNamingTheValidOnes() {
        ToolFailure failure = failure(Map.of("host_id", 1, "domain_names", List.of(), "hostid", 1));
        assertThat(failure).hasMessage("Invalid arguments for npm_test: unknown parameter 'hostid'.");
        assertThat(failure.hint()).startsWith("Valid parameters: host_id, domain_filter, port,");
    }

    @Test
    void shouldAcceptAnUnadvertisedAliasButSuggestOnlyTheAdvertisedNames() {
        HostInput input = binder.bind("npm_test", HostInput.class,
                Map.of("host_id", 1, "domain_names", List.of(), "ssl_certificate_id", 4));
        assertThat(input.sslCertificateId()).contains(4);
        ToolFailure failure = failure(Map.of("host_id", 1, "domain_names", List.of(), "hostid", 1));
        assertThat(failure.hint()).doesNotContain("ssl_certificate_id");
    }

    @Test
    void shouldRefuseExtraPropertiesInNestedObjectsWithTheirPath() {
        ToolFailure failure = failure(Map.of("host_id", 1, "domain_names", List.of(),
                "locations", List.of(Map.of("path", "/"), Map.of("path", "/x", "bogus", true))));
        assertThat(failure).hasMessageContaining("unknown parameter 'locations[1].bogus'");
        assertThat(failure.hint()).contains("locations[1].path", "locations[1].forward_port");
    }

    @Test
    void shouldNameAMissingRequiredParameterAndWhatItIs() {
        ToolFailure failure = failure(Map.of("domain_names", List.of()));
        assertThat(failure).hasMessageContaining("missing required parameter 'host_id'");
        assertThat(failure.hint()).isEqualTo("Pass 'host_id' (the proxy host id).");
    }

    @Test
    void shouldExplainAWrongType() {
        ToolFailure failure = failure(Map.of("host_id", "seven", "domain_names", List.of()));
        assertThat(failure).hasMessageContaining("parameter 'host_id' has the wrong type");
        assertThat(failure.hint()).isEqualTo("Pass a whole number.");

        assertThat(failure(Map.of("host_id", 1.5, "domain_names", List.of())))
                .hasMessageContaining("parameter 'host_id' has the wrong type");
        assertThat(failure(Map.of("host_id", 1, "domain_names", "[\"a.example\"")))
                .as("JSON text that does not parse stays a string")
                .hasMessageContaining("parameter 'domain_names' has the wrong type");
        assertThat(failure(Map.of("host_id", 1, "domain_names", List.of(), "meta", "{\"a\": [1]}")))
                .hasMessageContaining("parameter 'meta.a' has the wrong type");
    }

    @Test
    void shouldTakeArraysAndObjectsSentAsTheirJsonText() {
        // some clients stringify structured arguments (anthropics/claude-code#22394)
        HostInput input = binder.bind("npm_test", HostInput.class, Map.of(
                "host_id", "7",
                "enabled_only", "true",
                "domain_names", " [\"a.example\", \"b.example\"] ",
                "locations", "[{\"path\": \"/api\", \"forward_port\": \"8080\"}]",
                "meta", "{\"redirect\": \"https://example.net\"}"));

        assertThat(input.hostId()).isEqualTo(7);
        assertThat(input.enabledOnly()).isTrue();
        assertThat(input.domainNames()).containsExactly("a.example", "b.example");
        assertThat(input.locations()).contains(List.of(new Location("/api", Optional.of(8080))));
        assertThat(input.meta()).contains(Map.of("redirect", "https://example.net"));
        assertThat(failure(Map.of("host_id", 1, "domain_names", List.of(),
                "locations", "[{\"path\": \"/\", \"bogus\": 1}]")))
                .as("what the text holds is checked like any argument")
                .hasMessageContaining("unknown parameter 'locations[0].bogus'");
    }

    @Test
    void shouldTakeOneValueForAListOfOne() {
        HostInput input = binder.bind("npm_test", HostInput.class, Map.of("host_id", 1,
                "domain_names", "a.example", "locations", Map.of("path", "/api"), "tags", "home"));

        assertThat(input.domainNames()).containsExactly("a.example");
        assertThat(input.locations()).contains(List.of(new Location("/api", Optional.empty())));
        assertThat(input.tags()).contains(java.util.Set.of("home"));
    }

    @Test
    void shouldTakeAWholeNumberWrittenWithAFraction() {
        HostInput input = binder.bind("npm_test", HostInput.class,
                Map.of("host_id", 7.0, "domain_names", List.of(), "locations", List.of(Map.of("path", "/",
                        "forward_port", 8080.0))));
        assertThat(input.hostId()).isEqualTo(7);
        assertThat(input.locations()).contains(List.of(new Location("/", Optional.of(8080))));
    }

    @Test
    void shouldTakeAnEnumValueInAnyCase() {
        HostInput input = binder.bind("npm_test", HostInput.class,
                Map.of("host_id", 1, "domain_names", List.of(), "forward_scheme", "HTTPS"));
        assertThat(input.forwardScheme()).isEqualTo(Scheme.HTTPS);
    }

    @Test
    void shouldListTheAcceptedValuesOfAnEnum() {
        ToolFailure failure = failure(Map.of("host_id", 1, "domain_names", List.of(), "forward_scheme", "ftp"));
        assertThat(failure).hasMessageContaining("parameter 'forward_scheme' does not accept \"ftp\"");
        assertThat(failure.hint()).isEqualTo("Use one of [http, https].");
    }

    @Test
    void shouldTurnARecordsOwnCheckIntoAToolFailure() {
        ToolFailure failure = catchThrowableOfType(ToolFailure.class,
                () -> binder.bind("npm_test", Checked.class, Map.of("limit", 99)));
        assertThat(failure).hasMessageContaining("limit must be between 1 and 50, was 99");
        assertThat(binder.bind("npm_test", Checked.class, Map.of()).limit()).isEqualTo(10);
    }

    @Test
    void shouldSayWhenAToolTakesNoParameters() {
        record None() {}
        ToolFailure failure = catchThrowableOfType(ToolFailure.class,
                () -> binder.bind("npm_test", None.class, Map.of("x", 1)));
        assertThat(failure.hint()).isEqualTo("This tool takes no parameters; call it with {}.");
    }
}
