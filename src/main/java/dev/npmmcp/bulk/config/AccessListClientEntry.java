package dev.npmmcp.bulk.config;

/** An IP rule of an access list: an address, CIDR or "all", and allow|deny. */
public record AccessListClientEntry(String address, String directive) {

    public AccessListClientEntry {
        address = Entries.require(address, "address", "access list rule");
        directive = Entries.require(directive, "directive", "access list rule");
        if (!directive.equals("allow") && !directive.equals("deny")) {
            throw new IllegalArgumentException("an access list rule's directive is allow or deny, was " + directive);
        }
    }
}
