package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputChecksTest {

    @Test
    void shouldNameTheParameterAndWhatItTakes() {
        assertThatThrownBy(() -> InputChecks.id("host_id", Optional.of(0)))
                .hasMessage("host_id must be 1 or more, was 0");
        assertThatThrownBy(() -> InputChecks.reference("certificate_id", Optional.of(-1)))
                .hasMessage("certificate_id must be an id, or 0 for none; was -1");
        assertThatThrownBy(() -> InputChecks.port("forward_port", 65536))
                .hasMessage("forward_port must be between 1 and 65535, was 65536");
        assertThatThrownBy(() -> InputChecks.domains(Optional.of(List.of("a.example", " "))))
                .hasMessage("domain_names needs at least one domain and no blank ones");
        assertThatThrownBy(() -> InputChecks.domains(Optional.of(List.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputChecks.domains(Optional.of(List.of("a.example, b.example"))))
                .hasMessage("domain_names item 'a.example, b.example' is not one domain name; pass each name as its"
                        + " own item, e.g. [\"example.com\", \"www.example.com\"]");
        for (String refused : List.of("https://a.example", "a.example/path", "a b", "a\\b", "a.example:8080")) {
            assertThatThrownBy(() -> InputChecks.domains(Optional.of(List.of(refused)))).as(refused)
                    .hasMessageContaining("is not one domain name");
        }
        assertThatThrownBy(() -> InputChecks.notBlank("name", Optional.of("  "))).hasMessage("name must not be empty");
    }

    @Test
    void shouldLetValidAndAbsentValuesThrough() {
        assertThatCode(() -> {
            InputChecks.id("host_id", Optional.of(1));
            InputChecks.id("host_id", Optional.empty());
            InputChecks.reference("certificate_id", Optional.of(0));
            InputChecks.port("forward_port", 1);
            InputChecks.port("forward_port", 65535);
            InputChecks.domains(Optional.of(List.of("a.example", "*.example.net", "xn--bcher-kva.example", "b-c.d_e")));
            InputChecks.domains(Optional.empty());
            InputChecks.notBlank("name", Optional.of("x"));
        }).doesNotThrowAnyException();
    }
}
