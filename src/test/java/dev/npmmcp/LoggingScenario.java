package dev.npmmcp;

import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.certificate.CustomCertificateFiles;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmConnection;
import dev.npmmcp.npm.NpmCredentials;
import dev.npmmcp.npm.TestPki;
import dev.npmmcp.npm.TlsSettings;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.user.UserApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Run in a child JVM by {@link SecretFreeLoggingTest} with every npm-mcp logger at TRACE: login with 2FA, a token
 * refresh, an error, certificate upload, key read and download. Writes each secret it used, one per line, to the
 * file named by its argument.
 */
public final class LoggingScenario {

    private static final String PASSWORD = "scenario-password-4711";

    private LoggingScenario() {}

    public static void main(String[] args) throws Exception {
        List<String> secrets = new ArrayList<>();
        secrets.add(PASSWORD);
        TokenStore tokens = TokenStore.inMemory();
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", PASSWORD)
                .tokenLifetime(Duration.ofMinutes(5)).start()) {
            String totpSecret = sim.enableTwoFactor("admin@example.com");
            secrets.add(totpSecret);
            NpmConnection connection = new NpmConnection("scenario", sim.baseUri(),
                    new NpmCredentials.Password("admin@example.com", PASSWORD, Optional.of(totpSecret)),
                    Duration.ofSeconds(5), TlsSettings.verified(), 1);
            try (NpmClient client = NpmClient.connect(connection, tokens)) {
                new ProxyHostApi(client).list(Optional.empty(), Set.of());
                tokens.load("scenario").ifPresent(token -> secrets.add(token.token()));
                new ProxyHostApi(client).list(Optional.empty(), Set.of());
                tokens.load("scenario").ifPresent(token -> secrets.add(token.token()));
                try {
                    new ProxyHostApi(client).get(999, Set.of());
                } catch (NpmApiException expected) {
                    org.slf4j.LoggerFactory.getLogger(LoggingScenario.class).debug("expected failure: {}",
                            expected.getMessage());
                }
                CertificateApi certificates = new CertificateApi(client);
                TestPki.Issued issued = TestPki.rsa("scenario.test.local", "scenario.test.local");
                String key = issued.pkcs8KeyPem();
                key.lines().filter(line -> !line.startsWith("-----")).forEach(secrets::add);
                Certificate custom = certificates.create(new CertificateCreate.Custom("scenario"));
                certificates.upload(custom.id(),
                        new CustomCertificateFiles(issued.certificatePem(), key, Optional.empty()));
                // NPM's answer carries the key in meta.certificate_key: logged at TRACE, it must not show
                certificates.get(custom.id(), Set.of());
                Certificate le = certificates.create(
                        CertificateCreate.LetsEncrypt.http(List.of("le.scenario.example.com"), Optional.empty()));
                certificates.download(le.id());
                new UserApi(client).loginAs(new UserApi(client).getMe(Set.of()).id());
            }
        }
        Files.write(Path.of(args[0]), secrets);
    }
}
