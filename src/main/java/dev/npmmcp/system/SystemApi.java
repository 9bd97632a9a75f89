package dev.npmmcp.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NPM's instance-wide operations: health, schema, settings, audit log, reports, version check. */
public final class SystemApi {

    private static final TypeReference<List<Setting>> SETTINGS = new TypeReference<>() {};
    private static final TypeReference<List<AuditLogEvent>> EVENTS = new TypeReference<>() {};

    private final NpmClient client;

    public SystemApi(NpmClient client) {
        this.client = client;
    }

    /** Public: answers without credentials. */
    @NpmOperation("health")
    public Health health() {
        return client.send(NpmRequest.get("health", "/").unauthenticated(), Health.class);
    }

    /** NPM's OpenAPI document as this instance serves it. */
    @NpmOperation("schema")
    public JsonNode schema() {
        return client.send(NpmRequest.get("schema", "/schema").unauthenticated());
    }

    @NpmOperation("getSettings")
    public List<Setting> settings() {
        return client.send(NpmRequest.get("getSettings", "/settings"), SETTINGS);
    }

    @NpmOperation("getSetting")
    public Setting setting(String id) {
        return client.send(NpmRequest.get("getSetting", "/settings/" + settingId(id)), Setting.class);
    }

    @NpmOperation("updateSetting")
    public Setting updateSetting(String id, SettingUpdate update) {
        PartialUpdate.requireChanges(client, "updateSetting", update);
        return client.send(NpmRequest.put("updateSetting", "/settings/" + settingId(id), update), Setting.class);
    }

    /**
     * The newest audit events, at most 100 (NPM has no paging); {@code query} is NPM's own filter (a suffix match),
     * so narrower filters belong to the caller.
     */
    @NpmOperation("getAuditLogs")
    public List<AuditLogEvent> auditLog(Optional<String> query, Set<AuditLogExpand> expand) {
        return client.send(NpmRequest.get("getAuditLogs", "/audit-log").withQuery("query", query).withExpand(expand),
                EVENTS);
    }

    @NpmOperation("getAuditLog")
    public AuditLogEvent auditEvent(int id) {
        return client.send(NpmRequest.get("getAuditLog", "/audit-log/" + NpmRequest.id(id)), AuditLogEvent.class);
    }

    @NpmOperation("reportsHosts")
    public HostReport hostReport() {
        return client.send(NpmRequest.get("reportsHosts", "/reports/hosts"), HostReport.class);
    }

    @NpmOperation("checkVersion")
    public VersionCheck checkVersion() {
        return client.send(NpmRequest.get("checkVersion", "/version/check"), VersionCheck.class);
    }

    private static String settingId(String id) {
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a setting id: " + id);
        }
        return id;
    }
}
