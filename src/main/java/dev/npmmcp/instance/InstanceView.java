package dev.npmmcp.instance;

import java.util.List;
import java.util.Optional;

/** An instance as tools show it: every setting, credentials only ever masked. */
record InstanceView(
        String name,
        String baseUrl,
        String host,
        int port,
        boolean useHttps,
        boolean verifySsl,
        String authMethod,
        Optional<String> username,
        Optional<String> password,
        Optional<String> apiToken,
        boolean twoFactor,
        Optional<String> caCert,
        boolean isDefault,
        boolean isSelected,
        Optional<String> description,
        List<String> tags,
        long timeoutSeconds,
        String source,
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

    /** This view without a connection report, for a result that carries the report beside it. */
    InstanceView withoutConnection() {
        return new InstanceView(name, baseUrl, host, port, useHttps, verifySsl, authMethod, username, password, apiToken,
                twoFactor, caCert, isDefault, isSelected, description, tags, timeoutSeconds, source, Optional.empty());
    }
}
