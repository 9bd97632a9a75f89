package dev.npmmcp.accesslist;

import dev.npmmcp.accesslist.HostsUsingLists.HostRow;
import dev.npmmcp.accesslist.HostsUsingLists.HostUse;
import java.util.List;
import java.util.Optional;

/** An access list as the tools report it: never a password, not even NPM's masked hint. */
record AccessListView(
        int id,
        String name,
        boolean satisfyAny,
        boolean passAuth,
        List<String> users,
        List<ClientRule> clients,
        int proxyHostCount,
        Optional<List<HostUse>> proxyHosts) {

    record ClientRule(
            String address,
            String directive) {}

    static AccessListView of(AccessList list, Optional<List<HostRow>> hosts) {
        return new AccessListView(list.id(), list.name(), list.satisfyAny(), list.passAuth(),
                list.items().stream().map(AccessListItem::username).toList(),
                list.clients().stream().map(c -> new ClientRule(c.address(), c.directive())).toList(),
                list.proxyHostCount(),
                hosts.map(rows -> rows.stream().map(HostUse::of).toList()));
    }
}
