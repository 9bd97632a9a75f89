package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/** An instance as tools show it: every setting, credentials only ever masked. */
record InstanceView(
        @JsonPropertyDescription("The instance's name, the value instance_name takes") String name,
        @JsonPropertyDescription("NPM's address, e.g. http://npm.lan:81") String baseUrl,
        @JsonPropertyDescription("Host name or IP address") String host,
        @JsonPropertyDescription("Port of NPM's admin interface") int port,
        @JsonPropertyDescription("Whether NPM is reached over HTTPS") boolean useHttps,
        @JsonPropertyDescription("Whether NPM's TLS certificate is verified (only meaningful with use_https)")
                boolean verifySsl,
        @JsonPropertyDescription("How the server logs in: password (username + password) or api_token")
                String authMethod,
        @JsonPropertyDescription("The login, masked (e.g. ad***@example.com); only with show_credentials=true")
                Optional<String> username,
        @JsonPropertyDescription("'********' when a password is configured; only with show_credentials=true")
                Optional<String> password,
        @JsonPropertyDescription("'********' when an API token is configured; only with show_credentials=true")
                Optional<String> apiToken,
        @JsonPropertyDescription("Whether a TOTP secret is configured for NPM's two-factor login")
                boolean twoFactor,
        @JsonPropertyDescription("CA certificate file used to verify NPM's TLS certificate") Optional<String> caCert,
        @JsonPropertyDescription("Whether this is the default instance (used when none is named or selected)")
                boolean isDefault,
        @JsonPropertyDescription("Whether this instance is selected for this session (npm_select_instance)")
                boolean isSelected,
        @JsonPropertyDescription("Free text describing the instance") Optional<String> description,
        @JsonPropertyDescription("Labels for filtering, e.g. homelab, prod") List<String> tags,
        @JsonPropertyDescription("Request timeout in seconds") long timeoutSeconds,
        @JsonPropertyDescription("Where the instance is defined: a file, an environment variable, or this session")
                String source,
        @JsonPropertyDescription("The latest connection test of this instance in this session, if any")
                Optional<ConnectionReport> connection) {

    static InstanceView of(
            ConfiguredInstance instance, InstanceRegistry registry, boolean showCredentials,
            Optional<ConnectionReport> connection) {
        InstanceSpec spec = instance.spec();
        return new InstanceView(
                spec.name(),
                spec.baseUri().toString(),
                spec.host(),
                spec.port(),
                spec.useHttps(),
                spec.verifySsl(),
                spec.authMethod() == InstanceSpec.AuthMethod.API_TOKEN ? "api_token" : "password",
                spec.username().filter(u -> showCredentials).map(CredentialMask::identity),
                spec.password().filter(p -> showCredentials).map(p -> CredentialMask.SECRET),
                spec.apiToken().filter(t -> showCredentials).map(t -> CredentialMask.SECRET),
                spec.totpSecret().isPresent(),
                spec.caCert().map(Object::toString),
                spec.isDefault(),
                registry.selected().filter(spec.name()::equals).isPresent(),
                spec.description(),
                spec.tags(),
                spec.timeout().orElse(registry.settings().defaultTimeout()).toSeconds(),
                instance.source().describe(),
                connection.or(() -> registry.lastTest(spec.name())));
    }
}
