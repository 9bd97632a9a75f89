package dev.npmmcp.simulator;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One NPM operation: method, path template (relative to /api, {@code {x}} matches one segment), the operationId of
 * NPM's endpoint list, the versions that have it, and its handler.
 */
record Route(String method, List<String> template, String operationId, Predicate<NpmProfile> available,
        Handler handler) {

    static Route of(String method, String path, String operationId, Predicate<NpmProfile> available, Handler handler) {
        List<String> template = path.equals("/") ? List.of() : List.of(path.substring(1).split("/"));
        return new Route(method, template, operationId, available, handler);
    }

    /** The path parameter values when the path fits this template. */
    Optional<List<String>> match(String requestMethod, List<String> segments) {
        if (!method.equals(requestMethod) || segments.size() != template.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.size(); i++) {
            String part = template.get(i);
            if (!part.startsWith("{") && !part.equals(segments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(segments);
    }

    /** Literal segments win over parameters, as in NPM's express routers (dns-providers before {certID}). */
    int literalCount() {
        return (int) template.stream().filter(part -> !part.startsWith("{")).count();
    }
}
