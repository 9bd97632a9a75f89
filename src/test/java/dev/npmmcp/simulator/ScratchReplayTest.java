package dev.npmmcp.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScratchReplayTest {

    static java.util.TreeSet<String> keys(com.fasterxml.jackson.databind.JsonNode n, String prefix) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        if (n.isArray() && n.size() > 0) {
            out.addAll(keys(n.get(0), prefix + "[]"));
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                out.add(prefix + "." + e.getKey() + ":" + e.getValue().getNodeType());
                if (!e.getKey().equals("meta")) {
                    out.addAll(keys(e.getValue(), prefix + "." + e.getKey()));
                }
            });
        }
        return out;
    }

    @Test
    void replay() throws Exception {
        for (String[] spec : List.of(new String[] {"/work/shared/npm-api/exchanges-2.15.1.log", "V2_15"},
                new String[] {"/work/shared/npm-api/versions/exchanges-2.15.1.log", "V2_15"},
                new String[] {"/work/shared/npm-api/versions/exchanges-2.13.7.log", "V2_13"},
                new String[] {"/work/shared/npm-api/versions/exchanges-2.12.6.log", "V2_12"},
                new String[] {"/work/shared/npm-api/versions/exchanges-2.10.4.log", "V2_10"})) {
            List<String> lines = Files.readAllLines(Path.of(spec[0]));
            try (NpmSimulator sim = NpmSimulator.builder().profile(NpmProfile.valueOf(spec[1])).acme(AcmeMode.UNREACHABLE).start()) {
                Api api = new Api(sim);
                System.err.println("===== " + spec[0]);
                for (int i = 0; i + 1 < lines.size(); i += 2) {
                    String req = lines.get(i).substring(4);
                    String res = lines.get(i + 1).substring(3);
                    int sp = req.indexOf(' ');
                    String method = req.substring(0, sp);
                    String rest = req.substring(sp + 1);
                    int b = rest.indexOf(" body=");
                    String path = (b < 0 ? rest : rest.substring(0, b)).trim();
                    Optional<String> body = b < 0 ? Optional.empty() : Optional.of(rest.substring(b + 6));
                    if (body.isPresent() && body.get().startsWith("multipart")) {
                        continue;
                    }
                    int status = Integer.parseInt(res.substring(0, 3));
                    Api.Answer a = api.send(method, path, body, "application/json");
                    if (method.equals("POST") && path.equals("/tokens") && a.status() == 200 && a.json().has("token")
                            && (i < 200 || i > 260)) {
                        api.token(a.json().get("token").asText());
                    }
                    String expectedBody = res.length() > 4 ? res.substring(4) : "";
                    String ours = a.text();
                    boolean bodyDiff = expectedBody.startsWith("{\"error") && !ours.startsWith(expectedBody.substring(0, Math.min(expectedBody.length(), 60)));
                    String shape = "";
                    try {
                        var exp = new com.fasterxml.jackson.databind.ObjectMapper().readTree(expectedBody);
                        var act = a.json();
                        var missing = keys(exp, ""); missing.removeAll(keys(act, ""));
                        var extra = keys(act, ""); extra.removeAll(keys(exp, ""));
                        shape = missing.isEmpty() && extra.isEmpty() ? "" : "SHAPE missing " + missing + " extra " + extra;
                    } catch (Exception e) {
                        shape = "";
                    }
                    if (!shape.isEmpty()) {
                        System.err.println("#" + (i / 2 + 1) + " " + method + " " + path + " " + shape);
                    }
                    if (a.status() != status || bodyDiff) {
                        System.err.println("#" + (i / 2 + 1) + " " + method + " " + path + " " + body.orElse("")
                                + "\n   expected " + res.substring(0, Math.min(res.length(), 200))
                                + "\n   actual   " + a.status() + " " + ours.substring(0, Math.min(ours.length(), 200)));
                    }
                }
            }
        }
    }
}
