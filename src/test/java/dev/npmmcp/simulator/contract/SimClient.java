package dev.npmmcp.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Plain HTTP to a running simulator, the way any NPM client talks to NPM (no code of ours in between). */
final class SimClient implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SimClient(URI base) {
        this.api = URI.create(base.toString().replaceAll("/+$", "") + "/api");
    }

    record Answer(int status, String body) {

        /** The body as JSON; a missing node when it is empty or not JSON. */
        JsonNode json() {
            if (body.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return MAPPER.readTree(body);
            } catch (IOException notJson) {
                return MissingNode.getInstance();
            }
        }

        /** NPM's {@code error.message}, when the body is NPM's error shape. */
        Optional<String> errorMessage() {
            JsonNode message = json().path("error").path("message");
            return message.isTextual() ? Optional.of(message.asText()) : Optional.empty();
        }
    }

    /** {@code target} is relative to /api and may carry a query; {@code body} is sent as-is as application/json. */
    Answer send(String method, String target, Optional<String> token, Optional<String> body) {
        HttpRequest.Builder request = request(target, token);
        body.ifPresent(ignored -> request.header("Content-Type", "application/json"));
        return exchange(request.method(method, body.map(BodyPublishers::ofString).orElse(BodyPublishers.noBody())));
    }

    Answer sendJson(String method, String target, Optional<String> token, JsonNode body) {
        return send(method, target, token, Optional.of(body.toString()));
    }

    /** A multipart/form-data POST of text fields (the certificate upload and validate routes). */
    Answer sendMultipart(String target, Optional<String> token, Map<String, String> fields) {
        String boundary = "npm-mcp-" + UUID.randomUUID();
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append(".pem\"\r\n")
                .append("Content-Type: application/x-pem-file\r\n\r\n")
                .append(value).append("\r\n"));
        form.append("--").append(boundary).append("--\r\n");
        BodyPublisher publisher = BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8);
        return exchange(request(target, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher));
    }

    /** Logs in and returns the token; fails the test when NPM's login does not answer one. */
    String login(String identity, String secret) {
        Answer answer = sendJson("POST", "/tokens", Optional.empty(),
                MAPPER.createObjectNode().put("identity", identity).put("secret", secret));
        JsonNode token = answer.json().path("token");
        if (answer.status() != 200 || !token.isTextual()) {
            throw new AssertionError("login as " + identity + " failed: " + answer);
        }
        return token.asText();
    }

    private HttpRequest.Builder request(String target, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + target))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return request;
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
