package dev.npmmcp.testing;

import java.util.List;
import java.util.Optional;

/**
 * One request NPM answered, as an exchange log records it: {@code ### METHOD TARGET [body=...]} then
 * {@code => STATUS BODY}.
 *
 * @param number 1-based position in its log
 * @param target the path relative to /api, with its query as sent
 * @param requestBody the body as logged: JSON, or free text such as {@code not json} or
 *     {@code multipart certificate,certificate_key}
 * @param responseBody the body as logged, possibly cut; empty text when NPM sent none
 */
public record RecordedExchange(
        int number, String method, String target, Optional<String> requestBody, int status, String responseBody) {

    private static final String MULTIPART = "multipart ";

    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    public Optional<String> query() {
        int query = target.indexOf('?');
        return query < 0 ? Optional.empty() : Optional.of(target.substring(query + 1));
    }

    /** The form fields of a multipart request (the log names them but holds no file contents). */
    public Optional<List<String>> multipartFields() {
        return requestBody
                .filter(body -> body.startsWith(MULTIPART))
                .map(body -> List.of(body.substring(MULTIPART.length()).split(",")));
    }

    public RecordedJson response() {
        return RecordedJson.parse(responseBody);
    }

    /** Short, readable name for a dynamic test: {@code #014 PUT /nginx/proxy-hosts/1 → 200}. */
    public String title() {
        return String.format("#%03d %s %s → %d", number, method, target, status);
    }

    public String requestLine() {
        return method + " " + target + requestBody.map(body -> " body=" + body).orElse("");
    }
}
