package dev.npmmcp.security.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class RedactingLoggerTest {

    private static final String PASSWORD = "changeme-Pa55!";
    private static final String API_TOKEN = "npm_tok_9f8e7d6c5b4a";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhcGkiLCJzY29wZSI6WyJ1c2VyIl19.c2lnbmF0dXJlLXZhbHVl";
    private static final String TOTP = "JBSWY3DPEHPK3PXP";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Redactor redactor = new Redactor();

    private Logger logger(LogThreshold threshold) {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00.123456Z"), ZoneOffset.UTC);
        return new RedactingLoggerFactory(redactor, threshold, lines::add, clock).getLogger("dev.npmmcp.npm.NpmClient");
    }

    @Test
    void shouldPrintNoSecretFromMessagesArgumentsOrExceptionsEvenAtTrace() {
        redactor.register(PASSWORD);
        redactor.register(API_TOKEN);
        redactor.register(TOTP);
        Logger log = logger(LogThreshold.TRACE);
        Exception failure = new IOException("login as admin with " + PASSWORD + " failed",
                new IllegalStateException("token " + JWT + " and totp " + TOTP));

        log.trace("logging in with password " + PASSWORD);
        log.trace("request body {} with header {}", "{\"identity\":\"a@b.c\",\"secret\":\"unregistered-1\"}",
                "Authorization: Bearer " + API_TOKEN);
        log.trace("got {} for {}", JWT, "home", failure);
        log.debug("key follows:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIAbc\n-----END EC PRIVATE KEY-----");
        log.error("refresh failed", failure);

        assertThat(lines).hasSize(5);
        assertThat(String.join("\n", lines))
                .doesNotContain(PASSWORD, API_TOKEN, JWT, TOTP, "unregistered-1", "MHcCAQEEIAbc")
                .contains("caused by: java.lang.IllegalStateException", "| at ", "********");
    }

    @Test
    void shouldWriteOneLinePerEventWithTimeLevelLoggerAndMessage() {
        Logger log = logger(LogThreshold.INFO);

        log.info("proxy host {} created on {}", 12, "home");
        log.warn("line one\nforged 2025-03-01T10:00:00Z ERROR x - line two");

        assertThat(lines)
                .containsExactly(
                        "2025-03-01T10:00:00.123Z INFO  dev.npmmcp.npm.NpmClient - proxy host 12 created on home",
                        "2025-03-01T10:00:00.123Z WARN  dev.npmmcp.npm.NpmClient - line one\\nforged"
                                + " 2025-03-01T10:00:00Z ERROR x - line two");
    }

    @Test
    void shouldDropEventsBelowTheThresholdAndSaySo() {
        Logger log = logger(LogThreshold.WARN);

        log.info("not shown");
        log.debug("not shown {}", 1);
        log.warn("shown");

        assertThat(log.isInfoEnabled()).isFalse();
        assertThat(log.isWarnEnabled()).isTrue();
        assertThat(lines).hasSize(1).allMatch(line -> line.endsWith("shown"));
    }

    @Test
    void shouldLeaveStackFramesOutAboveDebug() {
        Logger log = logger(LogThreshold.INFO);

        log.warn("failed", new IOException("boom"));

        assertThat(lines).singleElement().asString().endsWith("failed | java.io.IOException: boom");
    }

    @Test
    void shouldWriteNothingWhenOff() {
        Logger log = logger(LogThreshold.OFF);

        log.error("nothing");

        assertThat(log.isErrorEnabled()).isFalse();
        assertThat(lines).isEmpty();
    }

    @Test
    void shouldRedactTheFluentApiToo() {
        redactor.register(PASSWORD);
        Logger log = logger(LogThreshold.DEBUG);

        log.atDebug().addArgument(PASSWORD).addKeyValue("password", PASSWORD).log("using {}");

        assertThat(lines).singleElement().asString().doesNotContain(PASSWORD).contains("using ********");
    }
}
