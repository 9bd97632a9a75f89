package dev.npmmcp.accesslist;

import java.util.Objects;

/** An IP rule of an access list: {@code address} is an IPv4/IPv6 address or CIDR, or "all"; directive allow|deny. */
public record AccessListRule(String address, String directive) {

    public AccessListRule {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(directive, "directive");
    }

    public static AccessListRule allow(String address) {
        return new AccessListRule(address, "allow");
    }

    public static AccessListRule deny(String address) {
        return new AccessListRule(address, "deny");
    }
}
