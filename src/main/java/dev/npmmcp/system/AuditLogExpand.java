package dev.npmmcp.system;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to audit log events. */
public enum AuditLogExpand implements Expansion {
    USER
}
