package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One element of {@code instances:} (or of {@code NPM_INSTANCES}) as written, after {@code ${VAR}} resolution. */
record InstanceEntry(
        Optional<String> name,
        Optional<String> host,
        Optional<Integer> port,
        @JsonProperty(USE_HTTPS) Optional<Boolean> useHttps,
        @JsonProperty(VERIFY_SSL) Optional<Boolean> verifySsl,
        Optional<String> username,
        Optional<String> password,
        @JsonProperty(API_TOKEN) Optional<String> apiToken,
        @JsonProperty(TOTP_SECRET) Optional<String> totpSecret,
        @JsonProperty(CA_CERT) Optional<String> caCert,
        @JsonProperty(DEFAULT) Optional<Boolean> isDefault,
        Optional<String> description,
        Optional<List<String>> tags,
        Optional<Integer> timeout) {

    static final String NAME = "name";
    static final String HOST = "host";
    static final String PORT = "port";
    static final String USE_HTTPS = "use_https";
    static final String VERIFY_SSL = "verify_ssl";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String API_TOKEN = "api_token";
    static final String TOTP_SECRET = "totp_secret";
    static final String CA_CERT = "ca_cert";
    static final String DEFAULT = "default";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String TIMEOUT = "timeout";

    static final Set<String> KEYS = Set.of(NAME, HOST, PORT, USE_HTTPS, VERIFY_SSL, USERNAME, PASSWORD, API_TOKEN,
            TOTP_SECRET, CA_CERT, DEFAULT, DESCRIPTION, TAGS, TIMEOUT);

    InstanceSpec toSpec(Path home) {
        return new InstanceSpec(
                name.orElse(""),
                host.orElse(""),
                port.orElse(InstanceSpec.DEFAULT_PORT),
                useHttps.orElse(false),
                verifySsl.orElse(true),
                username,
                password,
                apiToken,
                totpSecret,
                caCert.map(p -> ConfigPaths.expandHome(p, home)),
                isDefault.orElse(false),
                description,
                tags.orElse(List.of()),
                timeout.map(Duration::ofSeconds));
    }
}
