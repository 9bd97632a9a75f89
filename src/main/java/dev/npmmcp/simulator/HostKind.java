package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between NPM's four host-like resources (proxy, redirection and 404 hosts, streams); {@link HostRoutes}
 * does the parts they share.
 */
interface HostKind {

    /** The seven operation ids: list, create, get, update, delete, enable, disable. */
    record Ops(String list, String create, String get, String update, String delete, String enable, String disable) {}

    Ops ops();

    /** Path under /api, e.g. {@code /nginx/proxy-hosts}. */
    String base();

    /** The path parameter in NPM's endpoint list and the name NPM's validator uses for it. */
    String param();

    String npmIdName();

    /** {@code object_type} in the audit log. */
    String objectType();

    /** The permission area in a user's permission row. */
    String area();

    Table table(SimState state);

    Schema.Obj schema(NpmProfile profile);

    /** PUT takes the create properties, none required, and (from 2.12) at least one. */
    default Schema.Obj updateSchema(NpmProfile profile) {
        return schema(profile).partial(profile.partialUpdatesNeedProperties());
    }

    /** A new row with NPM's defaults and column order, {@code meta} empty. */
    ObjectNode newRow(SimState state, int id, int ownerId, JsonNode body);

    Set<String> expansions(NpmProfile profile);

    /** The embedded relations of a create and of an update answer, in NPM's order. */
    List<String> createExpansions(NpmProfile profile);

    List<String> updateExpansions(NpmProfile profile);

    boolean ownerWithDeleted();

    /** Proxy hosts load their certificate with {@code is_deleted}; the other types without. */
    default boolean certificateWithDeleted() {
        return false;
    }

    /** What {@code nginx -t} would say after writing this row's config. */
    Optional<String> nginxError(SimState state, ObjectNode row);

    /** Refuses a write that clashes with other rows (taken domain names). */
    void checkConflicts(SimState state, ObjectNode candidate);

    boolean matches(ObjectNode row, String query);

    Comparator<ObjectNode> order();

    /**
     * NPM's 404-host update does not take the new row to nginx (it renders the stale one), so the nginx status it
     * reports stays what it was before the update.
     */
    default boolean rendersOnUpdate() {
        return true;
    }

    /** NPM's 404-host disable answers {} (and crashes on an already-disabled host instead of refusing). */
    default boolean brokenDisable() {
        return false;
    }

    default String alreadyMessage(boolean enabled) {
        return enabled ? "Host is already enabled" : "Host is already disabled";
    }

    /** 2.10 adds these to the answer of a write that rendered nginx. */
    default boolean renderFlagsOn210() {
        return true;
    }
}
