package dev.npmmcp.instance;

import java.util.List;
import java.util.Optional;

/** Small instance specs for tests. */
final class InstanceSpecs {

    private InstanceSpecs() {}

    static InstanceSpec withToken(String name) {
        return new InstanceSpec(name, name + ".lan", 81, false, true, Optional.empty(), Optional.empty(),
                Optional.of("token-" + name), Optional.empty(), Optional.empty(), false, Optional.empty(), List.of(),
                Optional.empty());
    }

    static InstanceSpec withPassword(String name, String host, int port, String username, String password) {
        return new InstanceSpec(name, host, port, false, true, Optional.of(username), Optional.of(password),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), List.of(),
                Optional.empty());
    }
}
