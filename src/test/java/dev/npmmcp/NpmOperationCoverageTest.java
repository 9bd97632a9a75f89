package dev.npmmcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListCreate;
import dev.npmmcp.accesslist.AccessListRule;
import dev.npmmcp.accesslist.AccessListUpdate;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.certificate.CustomCertificateFiles;
import dev.npmmcp.deadhost.DeadHost;
import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.deadhost.DeadHostCreate;
import dev.npmmcp.deadhost.DeadHostUpdate;
import dev.npmmcp.npm.HostKindApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.SimFixture;
import dev.npmmcp.npm.TestPki;
import dev.npmmcp.npm.TokenApi;
import dev.npmmcp.npm.Totp;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.proxyhost.ProxyHostUpdate;
import dev.npmmcp.redirection.RedirectionHost;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.redirection.RedirectionHostCreate;
import dev.npmmcp.redirection.RedirectionHostUpdate;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.stream.Stream;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.stream.StreamCreate;
import dev.npmmcp.stream.StreamUpdate;
import dev.npmmcp.system.SettingUpdate;
import dev.npmmcp.system.SystemApi;
import dev.npmmcp.testing.SharedData;
import dev.npmmcp.user.BackupCodes;
import dev.npmmcp.user.PasswordChange;
import dev.npmmcp.user.TwoFactorSetup;
import dev.npmmcp.user.User;
import dev.npmmcp.user.UserApi;
import dev.npmmcp.user.UserCreate;
import dev.npmmcp.user.UserPermissionSet;
import dev.npmmcp.user.UserPermissionSet.Level;
import dev.npmmcp.user.UserUpdate;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every NPM operation of ../shared/npm-api/endpoints.txt has a client method, and each one reaches NPM. */
class NpmOperationCoverageTest {

    private static final List<Class<?>> API_CLASSES = List.of(ProxyHostApi.class, RedirectionHostApi.class,
            DeadHostApi.class, StreamApi.class, CertificateApi.class, AccessListApi.class, UserApi.class,
            SystemApi.class, TokenApi.class);

    private static Set<String> endpointOperations() throws IOException {
        return Files.readAllLines(SharedData.require("npm-api/endpoints.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[2])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The four host kinds name their operations once, for the methods their API classes inherit. */
    private static final List<Function<NpmClient, HostKindApi<?, ?, ?, ?>>> HOST_KINDS = List.of(ProxyHostApi::new,
            RedirectionHostApi::new, DeadHostApi::new, StreamApi::new);

    private static Set<String> clientOperations() {
        Set<String> operations = API_CLASSES.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .map(method -> method.getAnnotation(NpmOperation.class))
                .filter(annotation -> annotation != null)
                .map(NpmOperation::value)
                .collect(Collectors.toCollection(TreeSet::new));
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            HOST_KINDS.forEach(kind -> operations.addAll(kind.apply(client).operations().all()));
        }
        return operations;
    }

    @Test
    void shouldHaveAClientMethodForEveryNpmOperation() throws IOException {
        Set<String> missing = new TreeSet<>(endpointOperations());
        missing.removeAll(clientOperations());
        assertThat(missing).as("NPM operations without a client method").isEmpty();
        Set<String> unknown = new TreeSet<>(clientOperations());
        unknown.removeAll(endpointOperations());
        assertThat(unknown).as("client operation names that are not NPM operations").isEmpty();
        for (Class<?> type : API_CLASSES) {
            for (Method method : type.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers())
                        && !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                    assertThat(method.getAnnotation(NpmOperation.class))
                            .as(type.getSimpleName() + "." + method.getName() + " names its NPM operation")
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void shouldReachEveryNpmOperationThroughTheClient() throws Exception {
        Set<String> operations = endpointOperations();
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            driveHosts(client);
            driveCertificates(new CertificateApi(client));
            driveUsersAndTokens(sim, client);
            driveSystem(new SystemApi(client));

            Set<String> reached = operations.stream()
                    .filter(op -> sim.requestCount(op) > 0)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> unreached = new TreeSet<>(operations);
            unreached.removeAll(reached);
            System.err.println(reached.size() + "/" + operations.size() + " NPM operations reached"
                    + (unreached.isEmpty() ? "" : "; not reached: " + unreached));
            assertThat(unreached).isEmpty();
            assertThat(reached).hasSize(68);
        }
    }

    private static void driveSystem(SystemApi system) {
        assertThat(system.health().status()).isEqualTo("OK");
        assertThat(system.schema().path("openapi").asText()).startsWith("3.");
        assertThat(system.settings()).extracting(s -> s.id()).contains("default-site");
        assertThat(system.setting("default-site").id()).isEqualTo("default-site");
        SettingUpdate update = SettingUpdate.builder().value("html").meta(Map.of("html", "<p>hi</p>")).build();
        assertThat(system.updateSetting("default-site", update).value().asText()).isEqualTo("html");
        assertThat(system.hostReport().proxy()).isNotNegative();
        assertThat(system.checkVersion().updateAvailable()).isFalse();
        int eventId = system.auditLog(Optional.empty(), Set.of()).get(0).id();
        assertThat(system.auditEvent(eventId).id()).isEqualTo(eventId);
    }

    private static void driveHosts(NpmClient client) {
        ProxyHostApi proxies = new ProxyHostApi(client);
        ProxyHost proxy = proxies.create(
                ProxyHostCreate.builder(List.of("app.test.local"), "http", "10.0.0.5", 8080).build());
        assertThat(proxies.list(Optional.of("app"), Set.of())).extracting(ProxyHost::id).contains(proxy.id());
        assertThat(proxies.update(proxy.id(), ProxyHostUpdate.builder().forwardPort(9090).build()).forwardPort())
                .isEqualTo(9090);
        proxies.disable(proxy.id());
        proxies.enable(proxy.id());
        assertThat(proxies.get(proxy.id(), Set.of()).enabled()).isTrue();
        proxies.delete(proxy.id());

        RedirectionHostApi redirections = new RedirectionHostApi(client);
        RedirectionHost redirection = redirections.create(RedirectionHostCreate.builder(
                        List.of("old.test.local"), "https", 301, "new.test.local")
                .build());
        redirections.list(Optional.empty(), Set.of());
        redirections.update(redirection.id(), RedirectionHostUpdate.builder().forwardHttpCode(308).build());
        redirections.disable(redirection.id());
        redirections.enable(redirection.id());
        assertThat(redirections.get(redirection.id(), Set.of()).forwardHttpCode()).isEqualTo(308);
        redirections.delete(redirection.id());

        DeadHostApi deadHosts = new DeadHostApi(client);
        DeadHost dead = deadHosts.create(DeadHostCreate.builder(List.of("gone.test.local")).build());
        deadHosts.list(Optional.empty(), Set.of());
        deadHosts.update(dead.id(), DeadHostUpdate.builder().http2Support(true).build());
        deadHosts.disable(dead.id());
        deadHosts.enable(dead.id());
        assertThat(deadHosts.get(dead.id(), Set.of()).http2Support()).isTrue();
        deadHosts.delete(dead.id());

        StreamApi streams = new StreamApi(client);
        Stream stream = streams.create(StreamCreate.builder(9999, "10.0.0.7", 22).tcpForwarding(true).build());
        streams.list(Optional.empty(), Set.of());
        streams.update(stream.id(), StreamUpdate.builder().forwardingPort(2222).build());
        streams.disable(stream.id());
        streams.enable(stream.id());
        assertThat(streams.get(stream.id(), Set.of()).forwardingPort()).isEqualTo(2222);
        streams.delete(stream.id());

        AccessListApi lists = new AccessListApi(client);
        AccessList list = lists.create(AccessListCreate.of("office", List.of(new AccessListUser("bob", "secret1")),
                List.of(AccessListRule.allow("10.0.0.0/8"))));
        lists.list(Optional.empty(), Set.of());
        lists.update(list.id(), AccessListUpdate.builder().name("office-2").build());
        assertThat(lists.get(list.id(), Set.of()).name()).isEqualTo("office-2");
        lists.delete(list.id());
    }

    private static void driveCertificates(CertificateApi certificates) throws Exception {
        TestPki.Issued issued = TestPki.rsa("custom.test.local", "custom.test.local");
        CustomCertificateFiles files =
                new CustomCertificateFiles(issued.certificatePem(), issued.pkcs8KeyPem(), Optional.empty());
        Certificate custom = certificates.create(new CertificateCreate.Custom("custom"));
        assertThat(certificates.validate(files).keyReadable()).isTrue();
        certificates.upload(custom.id(), files);
        assertThat(certificates.get(custom.id(), Set.of()).domainNames()).contains("custom.test.local");
        assertThat(certificates.dnsProviders()).isNotEmpty();
        assertThat(certificates.testHttpReach(List.of("custom.test.local"))).containsKey("custom.test.local");

        Certificate letsEncrypt = certificates.create(
                CertificateCreate.LetsEncrypt.http(List.of("le.example.com"), Optional.empty()));
        assertThat(certificates.list(Optional.empty(), Set.of())).hasSizeGreaterThanOrEqualTo(2);
        certificates.renew(letsEncrypt.id());
        assertThat(certificates.download(letsEncrypt.id()).zip()).isNotEmpty();
        certificates.delete(letsEncrypt.id());
        certificates.delete(custom.id());
    }

    private static void driveUsersAndTokens(NpmSimulator sim, NpmClient client) {
        UserApi users = new UserApi(client);
        User bob = users.create(UserCreate.of("Bob", "bob", "bob@example.com").withPassword("bobpassword1"));
        assertThat(users.list(Optional.empty(), Set.of())).extracting(User::id).contains(bob.id());
        assertThat(users.getMe(Set.of()).email()).isEqualTo(SimFixture.ADMIN);
        users.update(bob.id(), UserUpdate.builder().nickname("bobby").build());
        assertThat(users.get(bob.id(), Set.of()).nickname()).isEqualTo("bobby");
        users.changePassword(bob.id(), PasswordChange.to("bobpassword2"));
        users.setPermissions(bob.id(), new UserPermissionSet(Optional.empty(), Optional.of(Level.VIEW), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(users.twoFactorStatus(bob.id()).enabled()).isFalse();
        TwoFactorSetup setup = users.startTwoFactorSetup(bob.id());
        BackupCodes codes = users.enableTwoFactor(bob.id(), Totp.code(setup.secret(), Instant.now()));
        BackupCodes fresh = users.regenerateBackupCodes(bob.id(), codes.backupCodes().get(0));
        users.disableTwoFactor(bob.id(), fresh.backupCodes().get(0));
        assertThat(users.loginAs(bob.id()).user().id()).isEqualTo(bob.id());

        TokenApi tokens = new TokenApi(client);
        assertThat(tokens.refreshToken().expires()).isAfter(Instant.now());
        String totpSecret = sim.enableTwoFactor("bob@example.com");
        TokenApi.LoginAnswer answer = tokens.requestToken("bob@example.com", "bobpassword2");
        assertThat(answer).isInstanceOf(TokenApi.LoginAnswer.ChallengeRequired.class);
        String challenge = ((TokenApi.LoginAnswer.ChallengeRequired) answer).challengeToken();
        assertThat(tokens.loginWith2fa(challenge, Totp.code(totpSecret, Instant.now())).token()).isNotBlank();

        users.delete(bob.id());
    }
}
