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

    /**
     * One line for a text result: address, TLS, login, the flags a user may have to act on, and where the settings
     * come from. Credentials appear only as the view holds them, masked.
     */
    String summary() {
        StringBuilder text = new StringBuilder("'" + name + "'");
        description.ifPresent(d -> text.append(" (").append(d).append(')'));
        text.append(": ").append(baseUrl);
        text.append(useHttps ? (verifySsl ? ", TLS verified" : ", TLS NOT verified") : ", plain HTTP");
        caCert.ifPresent(ca -> text.append(" (CA ").append(ca).append(')'));
        text.append(", login by ").append(loginKind(authMethod));
        username.ifPresent(u -> text.append(" as ").append(u));
        if (twoFactor) {
            text.append(" with 2FA");
        }
        text.append(", timeout ").append(timeoutSeconds).append(" s");
        if (!tags.isEmpty()) {
            text.append(", tags ").append(String.join(", ", tags));
        }
        if (isDefault) {
            text.append(" [default]");
        }
        if (isSelected) {
            text.append(" [selected]");
        }
        text.append("; from ").append(source).append('.');
        return text.toString();
    }

    /** The auth_method of a view or result, as a text says it. */
    static String loginKind(String authMethod) {
        return authMethod.equals("api_token") ? "API token" : "password";
    }

    /** This view without a connection report, for a result that carries the report beside it. */
    InstanceView withoutConnection() {
        return new InstanceView(name, baseUrl, host, port, useHttps, verifySsl, authMethod, username, password, apiToken,
                twoFactor, caCert, isDefault, isSelected, description, tags, timeoutSeconds, source, Optional.empty());
    }
}
