package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A test client for the simulator over real HTTP: JSON in, status and JSON out, bearer token remembered. */
final class Api {

    record Answer(int status, String text) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String message() {
            return json().path("error").path("message").asText();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private Optional<String> token = Optional.empty();

    Api(NpmSimulator sim) {
        this.base = sim.baseUri();
    }

    Api login(String identity, String secret) {
        Answer answer = post("/tokens", "{\"identity\":\"" + identity + "\",\"secret\":\"" + secret + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("login failed: " + answer);
        }
        token = Optional.of(answer.json().get("token").asText());
        return this;
    }

    Api token(String value) {
        token = Optional.of(value);
        return this;
    }

    Api anonymous() {
        token = Optional.empty();
        return this;
    }

    Answer get(String path) {
        return send("GET", path, Optional.empty(), "application/json");
    }

    Answer delete(String path) {
        return send("DELETE", path, Optional.empty(), "application/json");
    }

    Answer post(String path, String body) {
        return send("POST", path, Optional.of(body), "application/json");
    }

    Answer put(String path, String body) {
        return send("PUT", path, Optional.of(body), "application/json");
    }

    Answer send(String method, String path, Optional<String> body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api" + path))
                .method(method, body.map(HttpRequest.BodyPublishers::ofString)
                        .orElse(HttpRequest.BodyPublishers.noBody()))
                .header("Content-Type", contentType);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
