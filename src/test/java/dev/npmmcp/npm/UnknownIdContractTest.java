package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.user.UserApi;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read of an id NPM does not have is "not found" on every version, although 2.10 answers it with 200 and {@code {}}
 * (an object of nulls for access lists) where later versions say 404.
 */
class UnknownIdContractTest {

    static Stream<Arguments> reads() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (NpmProfile profile : NpmProfile.values()) {
            all.add(Arguments.of(profile, "proxy host", (Consumer<NpmClient>) c -> new ProxyHostApi(c).get(99999, Set.of())));
            all.add(Arguments.of(profile, "redirection", (Consumer<NpmClient>) c -> new RedirectionHostApi(c).get(99999, Set.of())));
            all.add(Arguments.of(profile, "404 host", (Consumer<NpmClient>) c -> new DeadHostApi(c).get(99999, Set.of())));
            all.add(Arguments.of(profile, "stream", (Consumer<NpmClient>) c -> new StreamApi(c).get(99999, Set.of())));
            all.add(Arguments.of(profile, "certificate", (Consumer<NpmClient>) c -> new CertificateApi(c).get(99999, Set.of())));
            all.add(Arguments.of(profile, "access list", (Consumer<NpmClient>) c -> new AccessListApi(c).get(99999, Set.of())));
            all.add(Arguments.of(profile, "user", (Consumer<NpmClient>) c -> new UserApi(c).get(99999, Set.of())));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reads")
    void shouldReadAnUnknownIdAsNotFound(NpmProfile profile, String what, Consumer<NpmClient> read) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            assertThatThrownBy(() -> read.accept(client))
                    .as(what + " 99999 on " + profile)
                    .isInstanceOf(NpmNotFoundException.class)
                    .hasMessageContaining("99999");
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldStillReadAnObjectThatExists(NpmProfile profile) {
        // the admin (user 1) exists everywhere: the shield must not hide real objects
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            assertThat(new UserApi(client).get(1, Set.of()).id()).isEqualTo(1);
        }
    }
}
