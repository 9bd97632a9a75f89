package dev.npmmcp.tool;

import java.util.Arrays;
import java.util.List;
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
    BULK("bulk", "Bulk operations, export/import and sync between instances"),
    /**
     * The lazy-loading controls (list, enable, disable categories): registered only in lazy mode, and not itself a
     * category a user selects or switches.
     */
    DYNAMIC("dynamic", "Lazy loading: list the tool categories and enable or disable them at run time");

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

    /** False only for {@link #DYNAMIC}: the categories --toolsets and npm_enable_category accept. */
    public boolean selectable() {
        return this != DYNAMIC;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<Category> selectableValues() {
        return Arrays.stream(values()).filter(Category::selectable).toList();
    }
}
