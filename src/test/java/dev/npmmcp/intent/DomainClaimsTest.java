package dev.npmmcp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainClaimsTest {

    private final DomainClaims claims = new DomainClaims(List.of(), List.of(
            new DomainClaims.Claim("proxy host", 1, List.of("App.example.net", "www.example.net")),
            new DomainClaims.Claim("redirection host", 1, List.of("old.example.net")),
            new DomainClaims.Claim("404 host", 2, List.of("app.example.net"))));

    @Test
    void shouldFindEveryKindClaimingANameWhateverItsCase() {
        assertThat(claims.claiming(Set.of("app.example.net"), Optional.empty()))
                .extracting(DomainClaims.Claim::label).containsExactly("proxy host #1", "404 host #2");
        assertThat(claims.claims().getFirst().overlap(Set.of("app.example.net", "www.example.net")))
                .containsExactly("app.example.net", "www.example.net");
    }

    @Test
    void shouldLeaveOutOnlyTheProxyHostAskedAboutNotAnotherKindWithItsId() {
        assertThat(claims.claiming(Set.of("app.example.net", "old.example.net"), Optional.of(1)))
                .extracting(DomainClaims.Claim::label).containsExactly("redirection host #1", "404 host #2");
    }
}
