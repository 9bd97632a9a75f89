package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnableDisableTest {

    private final List<String> sent = new ArrayList<>();

    private record Context(boolean readOnly) implements ToolContext {
        @Override
        public InstanceTarget target(Optional<String> instanceName) {
            throw new UnsupportedOperationException("the flow needs no instance");
        }

        @Override
        public java.util.List<String> instanceNames(Optional<String> tag) {
            return java.util.List.of();
        }
    }

    private String run(boolean readOnly, boolean enable, boolean enabledNow) {
        return new EnableDisable<>("404 host #3", " on instance 'home'", () -> enabledNow, Boolean::booleanValue)
                .apply(new Context(readOnly), enable, on -> sent.add("enable"), off -> sent.add("disable"),
                        (current, message) -> "unchanged: " + message, message -> "written: " + message);
    }

    @Test
    void shouldSendNothingWhenAlreadyInTheAskedState() {
        assertThat(run(false, false, false))
                .isEqualTo("unchanged: 404 host #3 is already disabled on instance 'home'; nothing was changed.");
        assertThat(run(false, true, true)).startsWith("unchanged: 404 host #3 is already enabled");
        assertThat(sent).isEmpty();
    }

    @Test
    void shouldSwitchAndNameWhatWasDone() {
        assertThat(run(false, true, false)).isEqualTo("written: Enabled 404 host #3 on instance 'home'.");
        assertThat(run(false, false, true)).isEqualTo("written: Disabled 404 host #3 on instance 'home'.");
        assertThat(sent).containsExactly("enable", "disable");
    }

    @Test
    void shouldRefuseInReadOnlyModeBeforeReading() {
        assertThatThrownBy(() -> new EnableDisable<Boolean>("stream #1", "", () -> {
                    throw new AssertionError("read in read-only mode");
                }, Boolean::booleanValue).apply(new Context(true), true, on -> sent.add("enable"),
                        off -> sent.add("disable"), (current, message) -> message, message -> message))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(sent).isEmpty();
    }
}
