package dev.npmmcp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parser of the exchange logs recorded against real NPM ({@code ../shared/npm-api/**.log}). */
public final class ExchangeLog {

    private static final String REQUEST = "### ";
    private static final String RESPONSE = "=> ";
    private static final String BODY = " body=";

    private ExchangeLog() {}

    /** The exchanges of a log under ../shared (e.g. {@code npm-api/exchanges-2.15.1.log}), in recorded order. */
    public static List<RecordedExchange> load(String sharedPath) {
        try {
            return parse(Files.readAllLines(SharedData.require(sharedPath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RecordedExchange> parse(List<String> lines) {
        List<RecordedExchange> exchanges = new ArrayList<>();
        String request = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(REQUEST)) {
                if (request != null) {
                    throw new IllegalArgumentException("line " + i + ": request without response: " + request);
                }
                request = line.substring(REQUEST.length());
            } else if (line.startsWith(RESPONSE)) {
                if (request == null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": response without request");
                }
                exchanges.add(exchange(exchanges.size() + 1, request, line.substring(RESPONSE.length())));
                request = null;
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is neither request nor response: " + line);
            }
        }
        if (request != null) {
            throw new IllegalArgumentException("last request has no response: " + request);
        }
        return List.copyOf(exchanges);
    }

    private static RecordedExchange exchange(int number, String request, String response) {
        int space = request.indexOf(' ');
        String method = request.substring(0, space);
        String rest = request.substring(space + 1);
        int body = rest.indexOf(BODY);
        String target = (body < 0 ? rest : rest.substring(0, body)).strip();
        Optional<String> requestBody = body < 0 ? Optional.empty() : Optional.of(rest.substring(body + BODY.length()));
        int statusEnd = response.indexOf(' ');
        String status = statusEnd < 0 ? response : response.substring(0, statusEnd);
        String responseBody = statusEnd < 0 ? "" : response.substring(statusEnd + 1);
        return new RecordedExchange(number, method, target, requestBody, Integer.parseInt(status), responseBody);
    }
}
