package dev.npmmcp.accesslist;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.accesslist.HostsUsingLists.HostRow;
import dev.npmmcp.accesslist.HostsUsingLists.HostUse;
import java.util.List;
import java.util.Optional;

/** An access list as the tools report it: never a password, not even NPM's masked hint. */
record AccessListView(
        @JsonPropertyDescription("Access list id (list_id for npm_manage_access_list, access_list_id on hosts)")
                int id,
        @JsonPropertyDescription("Its name") String name,
        @JsonPropertyDescription("true: a client passes when it meets any rule (an allowed IP or a valid login);"
                        + " false: it must meet all (allowed IP and valid login)")
                boolean satisfyAny,
        @JsonPropertyDescription("The basic-auth header is passed on to the upstream") boolean passAuth,
        @JsonPropertyDescription("Basic-auth user names (passwords are never shown)") List<String> users,
        @JsonPropertyDescription("IP rules in order: address (IP, CIDR or 'all') and allow or deny")
                List<ClientRule> clients,
        @JsonPropertyDescription("Number of proxy hosts using it, as NPM counts them") int proxyHostCount,
        @JsonPropertyDescription("The proxy hosts using it; absent when this NPM user may not read proxy hosts")
                Optional<List<HostUse>> proxyHosts) {

    record ClientRule(
            @JsonPropertyDescription("IPv4/IPv6 address or CIDR range, or 'all'") String address,
            @JsonPropertyDescription("allow or deny") String directive) {}

    static AccessListView of(AccessList list, Optional<List<HostRow>> hosts) {
        return new AccessListView(list.id(), list.name(), list.satisfyAny(), list.passAuth(),
                list.items().stream().map(AccessListItem::username).toList(),
                list.clients().stream().map(c -> new ClientRule(c.address(), c.directive())).toList(),
                list.proxyHostCount(),
                hosts.map(rows -> rows.stream().map(HostUse::of).toList()));
    }
}
