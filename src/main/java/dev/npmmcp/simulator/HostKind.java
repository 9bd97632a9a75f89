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

    /**
     * @param base path under /api, e.g. {@code /nginx/proxy-hosts}
     * @param param the path parameter in NPM's endpoint list
     * @param npmIdName the name NPM's validator uses for that parameter
     * @param objectType {@code object_type} in the audit log
     * @param area the permission area in a user's permission row
     */
    record Resource(Ops ops, String base, String param, String npmIdName, String objectType, String area) {}

    Resource resource();

    Table table(SimState state);

    Schema.Obj schema(NpmProfile profile);

    /** PUT takes the create properties, none required, and (from 2.12) at least one. */
    default Schema.Obj updateSchema(NpmProfile profile) {
        return schema(profile).partial(profile.partialUpdatesNeedProperties());
    }

    /** A new row with NPM's defaults and column order, {@code meta} empty. */
    ObjectNode newRow(SimState state, int id, int ownerId, JsonNode body);

    /** The relations a list or get may embed; a host has an owner and a certificate. */
    default Set<String> expansions(NpmProfile profile) {
        return Set.of("owner", "certificate");
    }

    /** The embedded relations of a create and of an update answer, in NPM's order. */
    default List<String> createExpansions(NpmProfile profile) {
        return List.of("certificate", "owner");
    }

    default List<String> updateExpansions(NpmProfile profile) {
        return List.of("owner", "certificate");
    }

    /** Redirection and 404 hosts load their owner with {@code is_deleted}. */
    default boolean ownerWithDeleted() {
        return false;
    }

    /** Proxy hosts load their certificate with {@code is_deleted}; the other types without. */
    default boolean certificateWithDeleted() {
        return false;
    }

    /** What {@code nginx -t} would say after writing this row's config. */
    Optional<String> nginxError(SimState state, ObjectNode row);

    /** Refuses a write that clashes with other rows: for hosts, a domain name another host has. */
    default void checkConflicts(SimState state, ObjectNode candidate) {
        Domains.checkFree(state, candidate);
    }

    /** Whether a row matches a list's {@code query}: for hosts, one of its domain names does. */
    default boolean matches(ObjectNode row, String query) {
        return Domains.matches(row, query);
    }

    default Comparator<ObjectNode> order() {
        return Domains.order();
    }

    /**
     * NPM's 404-host update does not take the new row to nginx (it renders the stale one), so the nginx status it
     * reports stays what it was before the update.
     */
    default boolean rendersOnUpdate() {
        return true;
    }

    /** NPM's 404-host disable answers {} from 2.13 (and crashes on an already-disabled host instead of refusing). */
    default boolean brokenDisable(NpmProfile profile) {
        return false;
    }

    default String alreadyMessage(NpmProfile profile, boolean enabled) {
        return enabled ? "Host is already enabled" : "Host is already disabled";
    }

    /** 2.10 adds these to the answer of a write that rendered nginx. */
    default boolean renderFlagsOn210() {
        return true;
    }
}
