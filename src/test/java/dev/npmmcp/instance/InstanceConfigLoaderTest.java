package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceConfigLoaderTest {

    static final String SEED_FILE = """
            instances:
              - name: home
                host: npm.lan
                port: 81
                use_https: false
                username: admin@example.com
                password: ${NPM_HOME_PASSWORD}
                default: true
                description: Homelab NPM
                tags: [homelab, lan]
              - name: vps
                host: proxy.example.org
                port: 443
                use_https: true
                verify_ssl: false
                username: ops@example.org
                password: "${VPS_TOKEN}"
                totp_secret: jbsw y3dp ehpk 3pxp
            settings:
              default_timeout: 45
              retry_attempts: 2
              log_level: DEBUG
              cache_tokens: false
              token_cache_dir: ~/cache/npm
            """;

    @TempDir
    Path home;

    /** As the checklist says to keep it: 0600 (the seed file has a TOTP secret in plain text). */
    private Path write(String content) throws IOException {
        Path file = home.resolve("instances.yaml");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void shouldLoadSeedStyleFileWithResolvedSecrets() throws IOException {
        Path file = write(SEED_FILE);
        var loader = new InstanceConfigLoader(Map.of("NPM_HOME_PASSWORD", "s3cret!", "VPS_TOKEN", "tok.en"), home);

        InstanceConfig config = loader.load(Optional.of(file));

        assertThat(config.instances()).extracting(ConfiguredInstance::name).containsExactly("home", "vps");
        InstanceSpec homeSpec = config.instance("home").orElseThrow().spec();
        assertThat(homeSpec.password()).contains("s3cret!");
        assertThat(homeSpec.isDefault()).isTrue();
        assertThat(homeSpec.tags()).containsExactly("homelab", "lan");
        assertThat(homeSpec.baseUri()).hasToString("http://npm.lan:81");
        assertThat(homeSpec.authMethod()).isEqualTo(InstanceSpec.AuthMethod.PASSWORD);
        InstanceSpec vps = config.instance("vps").orElseThrow().spec();
        assertThat(vps.password()).contains("tok.en");
        assertThat(vps.verifySsl()).isFalse();
        assertThat(vps.totpSecret()).contains("jbsw y3dp ehpk 3pxp");
        assertThat(vps.baseUri()).hasToString("https://proxy.example.org:443");
        assertThat(config.settings())
                .isEqualTo(new InstanceSettings(Duration.ofSeconds(45), 2, "DEBUG", false, home.resolve("cache/npm")));
        assertThat(config.instance("vps").orElseThrow().source()).isEqualTo(new InstanceSource.File(file));
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void shouldNameTheUnsetVariableAndTheFileWithoutPrintingValues() throws IOException {
        Path file = write(SEED_FILE);
        var loader = new InstanceConfigLoader(Map.of("NPM_HOME_PASSWORD", "s3cret!"), home);

        assertThatThrownBy(() -> loader.load(Optional.of(file)))
                .isInstanceOf(InstanceConfigException.class)
                .hasMessageContaining("VPS_TOKEN")
                .hasMessageContaining(file.toString())
                .hasMessageContaining("instances[1].password")
                .hasMessageNotContaining("s3cret!");
    }

    @Test
    void shouldTurnEscapedDollarBraceIntoLiteralText() throws IOException {
        Path file = write("""
                instances:
                  - name: home
                    host: npm.lan
                    username: admin@example.com
                    password: pa$${NOT_A_VAR}ss
                """);

        InstanceConfig config = new InstanceConfigLoader(Map.of(), home).load(Optional.of(file));

        assertThat(config.instances().getFirst().spec().password()).contains("pa${NOT_A_VAR}ss");
    }

    @Test
    void shouldReadInstancesFromNpmInstancesJson() {
        String json = """
                [{"name":"a","host":"10.0.0.2","username":"admin@example.com","password":"${A_PW}","tags":["x"]},
                 {"name":"b","host":"10.0.0.3","port":"8181","api_token":"t","default":true}]""";
        var loader = new InstanceConfigLoader(
                Map.of("NPM_INSTANCES", json, "A_PW", "pw", "NPM_MCP_CONFIG", home.resolve("none.yaml").toString()),
                home);

        InstanceConfig config = loader.load(Optional.empty());

        assertThat(config.instances()).extracting(ConfiguredInstance::name).containsExactly("a", "b");
        assertThat(config.instance("a").orElseThrow().spec().password()).contains("pw");
        assertThat(config.instance("b").orElseThrow().spec().port()).isEqualTo(8181);
        assertThat(config.instance("b").orElseThrow().source())
                .isEqualTo(new InstanceSource.Environment("NPM_INSTANCES"));
        assertThat(config.file()).isEqualTo(home.resolve("none.yaml"));
        assertThat(config.warnings()).noneSatisfy(w -> assertThat(w).contains("no instances file"));
    }

    @Test
    void shouldSayHowToAddAnInstanceWhenNoneIsConfiguredAnywhere() {
        InstanceConfig config = new InstanceConfigLoader(Map.of(), home).load(Optional.empty());

        assertThat(config.instances()).isEmpty();
        assertThat(config.warnings()).anySatisfy(w -> assertThat(w)
                .contains("no instances file at " + home.resolve(".npm-mcp").resolve("instances.yaml"))
                .contains("NPM_URL"));
    }

    @Test
    void shouldBuildOneInstanceFromNpmUrlShorthand() {
        var loader = new InstanceConfigLoader(
                Map.of("NPM_URL", "https://npm.lan:8443/api", "NPM_IDENTITY", "admin@example.com", "NPM_SECRET",
                        "changeme", "NPM_TOTP_SECRET", "JBSWY3DPEHPK3PXP"),
                home);

        InstanceSpec spec = loader.load(Optional.empty()).instances().getFirst().spec();

        assertThat(spec.name()).isEqualTo("default");
        assertThat(spec.baseUri()).hasToString("https://npm.lan:8443");
        assertThat(spec.username()).contains("admin@example.com");
        assertThat(spec.password()).contains("changeme");
        assertThat(spec.totpSecret()).contains("JBSWY3DPEHPK3PXP");
    }

    @Test
    void shouldUseTheUrlDefaultPortWhenNpmUrlHasNone() {
        var loader = new InstanceConfigLoader(
                Map.of("NPM_URL", "http://npm.lan", "NPM_API_TOKEN", "t", "NPM_INSTANCE_NAME", "lab"), home);

        InstanceSpec spec = loader.load(Optional.empty()).instances().getFirst().spec();

        assertThat(spec.name()).isEqualTo("lab");
        assertThat(spec.port()).isEqualTo(80);
        assertThat(spec.authMethod()).isEqualTo(InstanceSpec.AuthMethod.API_TOKEN);
    }

    @Test
    void shouldLetEnvironmentInstanceReplaceFileEntryOfTheSameName() throws IOException {
        Path file = write(SEED_FILE);
        var loader = new InstanceConfigLoader(
                Map.of("NPM_HOME_PASSWORD", "x", "VPS_TOKEN", "y", "NPM_INSTANCES",
                        "[{\"name\":\"vps\",\"host\":\"other.example.org\",\"api_token\":\"z\"}]"),
                home);

        InstanceConfig config = loader.load(Optional.of(file));

        assertThat(config.instance("vps").orElseThrow().spec().host()).isEqualTo("other.example.org");
        assertThat(config.warnings()).anySatisfy(w -> assertThat(w).contains("'vps'").contains("replaces"));
    }

    @Test
    void shouldReportEveryInvalidFieldWithItsInstance() throws IOException {
        Path file = write("""
                instances:
                  - name: one
                    host: http://npm.lan:81
                    username: admin@example.com
                  - name: two
                    host: npm.lan
                    port: eighty-one
                    api_token: t
                  - name: three
                    host: npm.lan
                    port: 70000
                """);

        assertThatThrownBy(() -> new InstanceConfigLoader(Map.of(), home).load(Optional.of(file)))
                .isInstanceOfSatisfying(InstanceConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("'one'").contains("host").contains("use_https"))
                        .anySatisfy(p -> assertThat(p).contains("'one'").contains("password is missing"))
                        .anySatisfy(p -> assertThat(p).contains("'two'").contains("port must be a whole number"))
                        .anySatisfy(p -> assertThat(p).contains("'three'").contains("port 70000"))
                        .anySatisfy(p -> assertThat(p).contains("'three'").contains("no credentials")));
    }

    @Test
    void shouldRefuseTwoDefaultInstances() throws IOException {
        Path file = write("""
                instances:
                  - {name: a, host: h1, api_token: t, default: true}
                  - {name: b, host: h2, api_token: t, default: true}
                """);

        assertThatThrownBy(() -> new InstanceConfigLoader(Map.of(), home).load(Optional.of(file)))
                .hasMessageContaining("more than one instance is marked default")
                .hasMessageContaining("a, b");
    }

    @Test
    void shouldWarnAboutUnknownKeysButLoad() throws IOException {
        Path file = write("""
                instances:
                  - {name: a, host: h1, api_token: t, usename: typo}
                owner: me
                """);

        InstanceConfig config = new InstanceConfigLoader(Map.of(), home).load(Optional.of(file));

        assertThat(config.warnings())
                .anySatisfy(w -> assertThat(w).contains("'a'").contains("usename"))
                .anySatisfy(w -> assertThat(w).contains("owner"));
    }

    @Test
    void shouldFindTheFileThroughNpmMcpConfigThenHome() throws IOException {
        Path file = write("instances: []\n");
        assertThat(new InstanceConfigLoader(Map.of("NPM_MCP_CONFIG", file.toString()), home).configFile(Optional.empty()))
                .isEqualTo(file);
        assertThat(new InstanceConfigLoader(Map.of(), home).configFile(Optional.empty()))
                .isEqualTo(home.resolve(".npm-mcp/instances.yaml"));
    }

    @Test
    void shouldNotQuoteSecretsWhenNpmInstancesIsNotJson() {
        var loader = new InstanceConfigLoader(Map.of("NPM_INSTANCES", "[{\"password\": hunter2}]"), home);

        assertThatThrownBy(() -> loader.load(Optional.empty()))
                .hasMessageContaining("NPM_INSTANCES is not valid JSON")
                .hasMessageNotContaining("hunter2")
                .hasNoCause();
    }

    @Test
    void shouldNotQuoteSecretsWhenTheFileIsNotYaml() throws IOException {
        Path file = write("instances:\n  - name: a\n    password: \"hunter2\n  bad: [\n");

        assertThatThrownBy(() -> new InstanceConfigLoader(Map.of(), home).load(Optional.of(file)))
                .hasMessageContaining("is not valid YAML")
                .hasMessageNotContaining("hunter2")
                .hasNoCause();
    }

    @Test
    void shouldMaskSecretsInToString() throws IOException {
        Path file = write(SEED_FILE);
        var config = new InstanceConfigLoader(Map.of("NPM_HOME_PASSWORD", "s3cret!", "VPS_TOKEN", "tok.en"), home)
                .load(Optional.of(file));

        assertThat(config.toString()).doesNotContain("s3cret!", "tok.en", "admin@example.com");
    }

    @Test
    void shouldWarnNamingTheFileTheSecretsAndTheFixWhenPlainSecretsAreReadableByOthers() throws IOException {
        Path file = write("""
                instances:
                  - name: home
                    host: npm.lan
                    username: admin@example.com
                    password: hunter2-plain
                  - name: vps
                    host: proxy.example.org
                    api_token: ${VPS_TOKEN}
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        InstanceConfig config = new InstanceConfigLoader(Map.of("VPS_TOKEN", "tok.en"), home).load(Optional.of(file));

        assertThat(config.exposedSecrets()).hasValueSatisfying(warning -> assertThat(warning)
                .contains(file.toString(), "password of 'home'", "chmod 600 " + file)
                .doesNotContain("hunter2", "api_token of 'vps'"));
        assertThat(config.warnings()).contains(config.exposedSecrets().orElseThrow());
    }

    @Test
    void shouldNotWarnAboutAReadableFileThatHoldsOnlyReferences() throws IOException {
        Path file = write("""
                instances:
                  - name: home
                    host: npm.lan
                    username: admin@example.com
                    password: keyring:npm-mcp/home
                    totp_secret: file:~/.npm-mcp/home.totp
                  - name: vps
                    host: proxy.example.org
                    api_token: "${VPS_TOKEN}"
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        InstanceConfig config = new InstanceConfigLoader(Map.of("VPS_TOKEN", "tok.en"), home).load(Optional.of(file));

        assertThat(config.exposedSecrets()).isEmpty();
        assertThat(config.warnings()).isEmpty();
        assertThat(config.instance("home").orElseThrow().spec().password()).contains("keyring:npm-mcp/home");
    }

    @Test
    void shouldRefuseMalformedReferencesWithoutReadingThem() throws IOException {
        Path file = write("""
                instances:
                  - name: home
                    host: npm.lan
                    username: admin@example.com
                    password: keyring:no-account
                    totp_secret: file:relative/path
                """);

        assertThatThrownBy(() -> new InstanceConfigLoader(Map.of(), home).load(Optional.of(file)))
                .isInstanceOfSatisfying(InstanceConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("'home'", "password", "keyring:SERVICE/ACCOUNT"))
                        .anySatisfy(p -> assertThat(p).contains("totp_secret", "absolute path")));
    }
}
