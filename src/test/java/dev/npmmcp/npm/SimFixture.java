package dev.npmmcp.npm;

import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Simulators and clients wired the same way in every contract test. */
public final class SimFixture {

    public static final String ADMIN = "admin@example.com";
    public static final String PASSWORD = "changeme123";

    private SimFixture() {}

    public static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).admin(ADMIN, PASSWORD).start();
    }

    public static NpmConnection connection(NpmSimulator sim, NpmCredentials credentials, int retryAttempts) {
        return new NpmConnection("sim", sim.baseUri(), credentials, Duration.ofSeconds(5), TlsSettings.verified(),
                retryAttempts);
    }

    public static NpmCredentials admin() {
        return new NpmCredentials.Password(ADMIN, PASSWORD, Optional.empty());
    }

    /** A client as production builds it. */
    public static NpmClient client(NpmSimulator sim) {
        return NpmClient.connect(connection(sim, admin(), 2), TokenStore.inMemory());
    }

    /** A client that does not wait between retries, with its own clock and store. */
    public static NpmClient client(NpmConnection connection, TokenStore tokens, Clock clock) {
        return new NpmClient(connection, tokens, clock, duration -> {});
    }
}
