package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Domain-name rules shared by the host types: one owner per name across proxy, redirection and 404 hosts. */
final class Domains {

    private Domains() {}

    static final String FORBIDDEN = "&| @!#%^();:/\\}{=+?<>,~`'\"";

    static final Schema.Pat PATTERN = new Schema.Pat("^[^&| @!#%^();:/\\\\}{=+?<>,~`'\"]+$",
            s -> !s.isEmpty() && s.chars().noneMatch(c -> FORBIDDEN.indexOf(c) >= 0));

    /** NPM's {@code ^(?:[^.*]+\.?)+[^.]$}, decided without its catastrophic backtracking. */
    static final Schema.Pat HOST_NAME = new Schema.Pat("^(?:[^.*]+\\.?)+[^.]$", s -> s.length() >= 2
            && s.charAt(0) != '.' && s.charAt(0) != '*' && s.charAt(s.length() - 1) != '.'
            && s.substring(0, s.length() - 1).indexOf('*') < 0 && !s.contains(".."));

    /** 2.10's {@code ^(?:\*\.)?(?:[^.*]+\.?)+[^.]$}: a host name, optionally under a leading "*.". */
    static final Schema.Pat WILDCARD_HOST_NAME = new Schema.Pat("^(?:\\*\\.)?(?:[^.*]+\\.?)+[^.]$",
            s -> HOST_NAME.test().test(s) || s.startsWith("*.") && HOST_NAME.test().test(s.substring(2)));

    /**
     * The domain_names rule of a write. 2.10's endpoint schemas allow at most 15 names, require none and check each
     * as a host name; from 2.12 up to 100 names, each free of a few characters.
     */
    static Schema.Arr names(NpmProfile profile, int minItems) {
        if (profile.ajv6()) {
            return Schema.array(Schema.string().pattern(WILDCARD_HOST_NAME), 0, 15, true);
        }
        return Schema.array(Schema.string().pattern(PATTERN), minItems, 100, true);
    }

    /** 400 "x is already in use" when another host of any type has one of these names. */
    static void checkFree(SimState state, ObjectNode candidate) {
        int id = candidate.path("id").asInt();
        for (JsonNode name : candidate.path("domain_names")) {
            String wanted = name.asText().toLowerCase(Locale.ROOT);
            for (Table table : List.of(state.proxyHosts, state.redirectionHosts, state.deadHosts)) {
                for (ObjectNode row : table.all()) {
                    boolean self = table == tableOf(state, candidate) && row.path("id").asInt() == id;
                    if (!self && uses(row, wanted)) {
                        throw NpmError.validation(name.asText() + " is already in use");
                    }
                }
            }
        }
    }

    private static Table tableOf(SimState state, ObjectNode candidate) {
        if (candidate.has("forward_domain_name")) {
            return state.redirectionHosts;
        }
        return candidate.has("forward_host") ? state.proxyHosts : state.deadHosts;
    }

    private static boolean uses(ObjectNode row, String name) {
        for (JsonNode existing : row.path("domain_names")) {
            if (existing.asText().toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(ObjectNode row, String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        for (JsonNode name : row.path("domain_names")) {
            if (name.asText().toLowerCase(Locale.ROOT).contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** NPM orders host lists by the stored JSON text of domain_names. */
    static Comparator<ObjectNode> order() {
        return Comparator.comparing(row -> row.path("domain_names").toString());
    }
}
