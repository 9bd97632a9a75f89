package dev.npmmcp.security.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RedactingServiceProviderTest {

    @Test
    void shouldBeTheBoundSlf4jBackend() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(RedactingLoggerFactory.class);
    }

    @Test
    void shouldHandOutOneRedactorForTheWholeProcess() {
        Redactor first = LogRedaction.redactor().orElseThrow();
        Redactor second = LogRedaction.redactor().orElseThrow();

        assertThat(first).isSameAs(second);
    }

    @Test
    void shouldMaskWhatTheApplicationRegistersInLinesWrittenToStderr() {
        String secret = "registered-through-slf4j-42";
        LogRedaction.redactor().orElseThrow().register(secret);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getLogger(RedactingServiceProviderTest.class).warn("the password is {}", secret);
        } finally {
            System.setErr(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("WARN  " + RedactingServiceProviderTest.class.getName() + " - the password is ********")
                .doesNotContain(secret);
    }
}
