package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void shouldSetAndNameOnlyTheFieldsThatDiffer() {
        Map<String, Object> update = new HashMap<>();
        FieldChanges changes = new FieldChanges();

        changes.compare(Optional.of(8080), 8080, "forward_port", v -> update.put("forward_port", v));
        changes.compare(Optional.of(true), false, "ssl_forced", v -> update.put("ssl_forced", v));
        changes.compare(Optional.<String>empty(), "x", "advanced_config", v -> update.put("advanced_config", v));
        changes.add("certificate_id");

        assertThat(update).containsExactly(Map.entry("ssl_forced", true));
        assertThat(changes.names()).containsExactly("ssl_forced", "certificate_id");
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void shouldBeEmptyWhenEverythingIsAlreadyAsWanted() {
        FieldChanges changes = new FieldChanges();

        changes.compare(Optional.of("a"), "a", "name", v -> {
            throw new AssertionError("set an unchanged value");
        });

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.names()).isEmpty();
    }
}
