package dev.npmmcp.tool;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Records shaped like real tool inputs, shared by the schema and binding tests. */
final class SchemaFixtures {

    private SchemaFixtures() {}

    enum Scheme {
        @JsonProperty("http")
        HTTP,
        @JsonProperty("https")
        HTTPS
    }

    @JsonClassDescription("A custom location")
    record Location(@JsonPropertyDescription("URL path, e.g. /api") String path, Optional<Integer> forwardPort) {}

    record HostInput(
            @JsonPropertyDescription("The proxy host id") int hostId,
            Optional<String> domainFilter,
            @Default("81") int port,
            @Default("http") Scheme forwardScheme,
            @Default("false") boolean enabledOnly,
            List<String> domainNames,
            Optional<List<Location>> locations,
            Optional<Set<String>> tags,
            Optional<Map<String, String>> meta,
            @JsonProperty("certificate_id") Optional<Integer> certId,
            @Unadvertised Optional<Integer> sslCertificateId) {}

    record Checked(@Default("10") int limit) {
        Checked {
            if (limit < 1 || limit > 50) {
                throw new IllegalArgumentException("limit must be between 1 and 50, was " + limit);
            }
        }
    }

    record HostOutput(int id, List<String> domainNames, Optional<String> note) {}

    record DefaultOnOptional(@Default("1") Optional<Integer> n) {}

    record UnsupportedType(Thread thread) {}

    record WrongDefault(@Default("abc") int n) {}

    record EnumDefaultOutside(@Default("ftp") Scheme scheme) {}

    record Node(Optional<Node> child) {}
}
