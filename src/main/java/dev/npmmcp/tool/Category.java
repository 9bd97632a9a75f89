package dev.npmmcp.tool;

import java.util.Arrays;
import java.util.Optional;

/** The toolsets a user can switch on and off; ids are the seed server's category names. */
public enum Category {
    INSTANCE("instance", "Register, select, test and rotate credentials of NPM instances"),
    PROXY_HOST("proxy_host", "Proxy hosts: domains forwarded to an upstream, with SSL, locations and access lists"),
    CERTIFICATE("certificate", "SSL certificates: Let's Encrypt (HTTP or DNS challenge) and custom uploads"),
    ACCESS_LIST("access_list", "Access lists: IP allow/deny rules and basic-auth users"),
    STREAM("stream", "TCP/UDP streams forwarded to an upstream port"),
    REDIRECTION("redirection", "Redirection hosts and 404 (dead) hosts"),
    USER("user", "NPM users and their permissions"),
    SYSTEM("system", "Settings, audit log and host reports"),
    BULK("bulk", "Bulk operations, export/import and sync between instances");

    private final String id;
    private final String description;

    Category(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
