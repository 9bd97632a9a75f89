package dev.npmmcp.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.RecordedExchange;
import dev.npmmcp.testing.TestCertificates;
import dev.npmmcp.testing.TestCertificates.PemPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the requests of an exchange log, in order, to one simulator, with the token each one was sent with.
 *
 * <p>The session follows the log: no token until the first login; a successful {@code POST /tokens} or
 * {@code GET /tokens} switches to the token it answers, unless a {@link Session} rule for that exchange says the
 * recorder kept its token (the log shows it by what later requests are allowed to see) or sent an expired one.
 * Multipart requests get a freshly made self-signed certificate for the domain NPM's answer names.
 */
final class ExchangeReplay {

    /** What the recorder did with its token at one exchange, where the default rule does not tell. */
    sealed interface Session {
        /** The request line the rule was written for; the replay fails if the log says otherwise. */
        String requestLine();

        /** A login whose token the recorder did not use. */
        record KeepToken(String requestLine) implements Session {}

        /** A request sent with a token past its lifetime. */
        record ExpiredToken(String requestLine) implements Session {}
    }

    /** A step the log leaves out but its later answers prove happened; it runs right after its exchange. */
    interface Implied {
        void run(SimClient client, Optional<String> token, SimClient.Answer answerToExchange);
    }

    /** Makes an expired token, e.g. by moving the simulator's clock past the token lifetime. */
    interface TokenExpiry {
        String expire(SimClient client, Optional<String> liveToken);
    }

    private final SimClient client;
    private final Map<Integer, Session> sessions;
    private final Map<Integer, Implied> implied;
    private final TokenExpiry expiry;
    private final Map<String, PemPair> certificates = new LinkedHashMap<>();
    private Optional<String> token = Optional.empty();

    ExchangeReplay(SimClient client, Map<Integer, Session> sessions, Map<Integer, Implied> implied, TokenExpiry expiry) {
        this.client = client;
        this.sessions = Map.copyOf(sessions);
        this.implied = Map.copyOf(implied);
        this.expiry = expiry;
    }

    SimClient.Answer replay(RecordedExchange exchange) {
        Optional<Session> rule = Optional.ofNullable(sessions.get(exchange.number()));
        rule.ifPresent(session -> {
            if (!exchange.requestLine().startsWith(session.requestLine())) {
                throw new IllegalStateException("session rule for #" + exchange.number() + " was written for '"
                        + session.requestLine() + "', the log says '" + exchange.requestLine() + "'");
            }
        });
        Optional<String> sentWith = rule.filter(Session.ExpiredToken.class::isInstance).isPresent()
                ? Optional.of(expiry.expire(client, token))
                : token;
        SimClient.Answer answer = send(exchange, sentWith);
        boolean keep = rule.filter(Session.KeepToken.class::isInstance).isPresent();
        JsonNode issued = answer.json().path("token");
        boolean tokenRoute = exchange.path().equals("/tokens") && !exchange.method().equals("OPTIONS");
        if (tokenRoute && answer.status() == 200 && issued.isTextual() && !keep) {
            token = Optional.of(issued.asText());
        }
        Optional.ofNullable(implied.get(exchange.number())).ifPresent(step -> step.run(client, token, answer));
        return answer;
    }

    private SimClient.Answer send(RecordedExchange exchange, Optional<String> sentWith) {
        Optional<List<String>> multipart = exchange.multipartFields();
        if (multipart.isPresent()) {
            PemPair pair = certificateFor(exchange);
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : multipart.get()) {
                fields.put(field, switch (field) {
                    case "certificate", "intermediate_certificate" -> pair.certificate();
                    case "certificate_key" -> pair.privateKey();
                    default -> throw new IllegalStateException("unknown multipart field " + field);
                });
            }
            return client.sendMultipart(exchange.target(), sentWith, fields);
        }
        return client.send(exchange.method(), exchange.target(), sentWith, exchange.requestBody());
    }

    /** The same key pair for every multipart request of a log, for the CN NPM reported ({@code cn}) or a default. */
    private PemPair certificateFor(RecordedExchange exchange) {
        String domain = exchange.response().value()
                .map(body -> body.path("certificate").path("cn").asText(""))
                .filter(cn -> !cn.isEmpty())
                .orElse(certificates.isEmpty() ? "tls.hidden.test.local" : certificates.keySet().iterator().next());
        return certificates.computeIfAbsent(domain, name -> TestCertificates.selfSigned(name, Duration.ofDays(3650)));
    }
}
