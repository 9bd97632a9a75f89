package dev.npmmcp.accesslist;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmPermissionException;
import dev.npmmcp.npm.NpmRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which proxy hosts use which access list. NPM cannot say (its {@code expand=proxy_hosts} on access lists is a 500),
 * so the proxy host list is read, keeping only what this needs; feature packages do not share classes, hence this
 * small read of its own.
 */
final class HostsUsingLists {

    private static final TypeReference<List<HostRow>> ROWS = new TypeReference<>() {};

    /** The fields of a proxy host this package needs. */
    record HostRow(int id, List<String> domainNames, int accessListId, NginxMeta meta) {

        HostRow {
            domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
            meta = Objects.requireNonNullElse(meta, NginxMeta.unknown());
        }
    }

    /** A proxy host that uses an access list. */
    record HostUse(
            int id,
            List<String> domainNames) {

        static HostUse of(HostRow row) {
            return new HostUse(row.id(), row.domainNames());
        }
    }

    private HostsUsingLists() {}

    /** Hosts by access list id; empty when the user may not read proxy hosts (NPM's 404 for a missing permission). */
    static Optional<Map<Integer, List<HostRow>>> read(NpmClient client) {
        try {
            List<HostRow> rows = client.send(NpmRequest.get("getProxyHosts", "/nginx/proxy-hosts"), ROWS);
            return Optional.of(rows.stream()
                    .filter(row -> row.accessListId() > 0)
                    .collect(Collectors.groupingBy(HostRow::accessListId)));
        } catch (NpmPermissionException e) {
            return Optional.empty();
        }
    }

    static String names(List<HostRow> rows) {
        return rows.stream().map(row -> String.join(", ", row.domainNames()) + " (#" + row.id() + ")")
                .collect(Collectors.joining("; "));
    }
}
