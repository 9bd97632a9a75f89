package dev.npmmcp.instance;

import dev.npmmcp.npm.NpmConnection;
import dev.npmmcp.npm.NpmCredentials;
import dev.npmmcp.npm.TlsSettings;
import java.time.Duration;
import java.util.Optional;

/** From an instance's configuration to what the client needs to reach it. */
final class NpmConnections {

    private NpmConnections() {}

    static NpmConnection of(InstanceSpec spec, InstanceSettings settings) {
        return of(spec, settings, Optional.empty());
    }

    static NpmConnection of(InstanceSpec spec, InstanceSettings settings, Optional<Duration> timeout) {
        NpmCredentials credentials = switch (spec.authMethod()) {
            case API_TOKEN -> new NpmCredentials.ApiToken(spec.apiToken().orElseThrow());
            case PASSWORD -> new NpmCredentials.Password(
                    spec.username().orElseThrow(), spec.password().orElseThrow(), spec.totpSecret());
            case NONE -> throw new IllegalArgumentException(
                    "instance '" + spec.name() + "' has no credentials; it should not have passed validation");
        };
        return new NpmConnection(
                spec.name(),
                spec.baseUri(),
                credentials,
                timeout.or(spec::timeout).orElse(settings.defaultTimeout()),
                new TlsSettings(spec.verifySsl(), spec.caCert()),
                settings.retryAttempts());
    }
}
