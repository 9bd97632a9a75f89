package dev.npmmcp.bulk.config;

import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListCreate;
import dev.npmmcp.accesslist.AccessListRule;
import dev.npmmcp.accesslist.AccessListUpdate;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.deadhost.DeadHostCreate;
import dev.npmmcp.deadhost.DeadHostUpdate;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.HostSettingsBuilder;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.proxyhost.ProxyHostUpdate;
import dev.npmmcp.proxyhost.ProxyLocation;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.redirection.RedirectionHostCreate;
import dev.npmmcp.redirection.RedirectionHostUpdate;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.stream.StreamCreate;
import dev.npmmcp.stream.StreamUpdate;
import dev.npmmcp.system.SettingUpdate;
import dev.npmmcp.system.SystemApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Writes entries to NPM through the feature APIs, stepping around NPM's traps: writable fields only, a PUT only of
 * what changed, enable/disable through their own routes (a PUT of {@code enabled} does not reload nginx) and only
 * when the state differs, a 404 host re-rendered after an update (NPM renders it from the old row). After a host
 * or stream write the object is read back, because a refused nginx config shows only there.
 */
final class NpmWrites {

    private final NpmClient client;
    private final Function<List<String>, Integer> certificateId;
    private final Function<String, Integer> accessListId;

    /**
     * @param certificateId the target's certificate for a reference (the plan resolved them all)
     * @param accessListId the target's access list by name, including lists created earlier in this import
     */
    NpmWrites(NpmClient client, Function<List<String>, Integer> certificateId, Function<String, Integer> accessListId) {
        this.client = client;
        this.certificateId = certificateId;
        this.accessListId = accessListId;
    }

    /** Creates the object; returns its id and a note when nginx refused its config. */
    Written create(ConfigEntry entry) {
        return switch (entry) {
            case AccessListEntry list -> new Written(new AccessListApi(client).create(new AccessListCreate(
                    list.name(), Optional.of(list.satisfyAny()), Optional.of(list.passAuth()),
                    list.items().stream().map(i -> new AccessListUser(i.username(), i.password().orElseThrow()))
                            .toList(),
                    rules(list))).id(), Optional.empty());
            case ProxyHostEntry host -> {
                ProxyHostCreate.Builder create = settings(host, ProxyHostCreate.builder(host.domainNames(),
                                host.forwardScheme(), host.forwardHost(), host.forwardPort()))
                        .blockExploits(host.blockExploits()).cachingEnabled(host.cachingEnabled())
                        .allowWebsocketUpgrade(host.allowWebsocketUpgrade()).locations(locations(host));
                host.accessList().ifPresent(name -> create.accessListId(accessListId.apply(name)));
                host.trustForwardedProto().ifPresent(create::trustForwardedProto);
                ProxyHostApi api = new ProxyHostApi(client);
                yield created(api.create(create.build()).id(), host.enabled(), api::disable,
                        id -> api.get(id, Set.of()).meta());
            }
            case RedirectionHostEntry host -> {
                RedirectionHostCreate.Builder create = settings(host, RedirectionHostCreate.builder(
                                host.domainNames(), host.forwardScheme(), host.forwardHttpCode(),
                                host.forwardDomainName()))
                        .preservePath(host.preservePath()).blockExploits(host.blockExploits());
                RedirectionHostApi api = new RedirectionHostApi(client);
                yield created(api.create(create.build()).id(), host.enabled(), api::disable,
                        id -> api.get(id, Set.of()).meta());
            }
            case DeadHostEntry host -> {
                DeadHostCreate.Builder create = settings(host, DeadHostCreate.builder(host.domainNames()));
                DeadHostApi api = new DeadHostApi(client);
                yield created(api.create(create.build()).id(), host.enabled(), api::disable,
                        id -> api.get(id, Set.of()).meta());
            }
            case StreamEntry stream -> {
                StreamCreate.Builder create = StreamCreate.builder(stream.incomingPort(), stream.forwardingHost(),
                                stream.forwardingPort())
                        .tcpForwarding(stream.tcpForwarding()).udpForwarding(stream.udpForwarding());
                stream.certificateDomains().ifPresent(d -> create.certificateId(certificate(d)));
                StreamApi api = new StreamApi(client);
                yield created(api.create(create.build()).id(), stream.enabled(), api::disable,
                        id -> api.get(id, Set.of()).meta());
            }
            case CertificateEntry certificate -> throw new IllegalStateException(
                    "the planner never creates certificates: " + certificate.key());
            case SettingEntry setting -> throw new IllegalStateException(
                    "the planner never creates settings: " + setting.id());
        };
    }

    /** Sends what differs between {@code current} and {@code wanted} (same kind, same key). */
    Optional<String> update(int id, ConfigEntry current, ConfigEntry wanted) {
        return switch (wanted) {
            case AccessListEntry list -> {
                AccessListEntry now = (AccessListEntry) current;
                AccessListUpdate.Builder update = AccessListUpdate.builder();
                changed(now.satisfyAny(), list.satisfyAny(), update::satisfyAny);
                changed(now.passAuth(), list.passAuth(), update::passAuth);
                if (!now.usernames().equals(list.usernames())) {
                    // A blank password keeps a user's stored one; users left out are deleted.
                    update.items(list.items().stream()
                            .map(i -> now.usernames().contains(i.username())
                                    ? AccessListUser.keepingPassword(i.username())
                                    : new AccessListUser(i.username(), i.password().orElseThrow()))
                            .toList());
                }
                if (!now.clients().equals(list.clients())) {
                    update.clients(rules(list));
                }
                new AccessListApi(client).update(id, update.build());
                yield Optional.empty();
            }
            case ProxyHostEntry host -> {
                ProxyHostEntry now = (ProxyHostEntry) current;
                ProxyHostUpdate.Builder update = ProxyHostUpdate.builder();
                changed(now.forwardScheme(), host.forwardScheme(), update::forwardScheme);
                changed(now.forwardHost(), host.forwardHost(), update::forwardHost);
                changed(now.forwardPort(), host.forwardPort(), update::forwardPort);
                settingsChanged(now, host, update);
                changed(now.accessList(), host.accessList(),
                        name -> update.accessListId(name.map(accessListId).orElse(0)));
                changed(now.blockExploits(), host.blockExploits(), update::blockExploits);
                changed(now.cachingEnabled(), host.cachingEnabled(), update::cachingEnabled);
                changed(now.allowWebsocketUpgrade(), host.allowWebsocketUpgrade(), update::allowWebsocketUpgrade);
                host.trustForwardedProto().ifPresent(t -> changed(now.trustForwardedProto(), Optional.of(t),
                        ignored -> update.trustForwardedProto(t)));
                changed(now.locations(), host.locations(), ignored -> update.locations(locations(host)));
                ProxyHostApi api = new ProxyHostApi(client);
                ProxyHostUpdate body = update.build();
                if (!body.isEmpty()) {
                    api.update(id, body);
                }
                if (now.enabled() && !host.enabled()) {
                    api.disable(id);
                }
                // the list the host has now is the document's: no read needed to learn it
                boolean rendered = !now.enabled() && host.enabled()
                        && api.enableKeepingAccessRules(id, host.accessList().map(accessListId).orElse(0));
                yield nginx(api.get(id, Set.of()).meta())
                        .or(() -> rendered ? Optional.of(ProxyHostApi.ACCESS_RULES_RENDERED) : Optional.empty());
            }
            case RedirectionHostEntry host -> {
                RedirectionHostEntry now = (RedirectionHostEntry) current;
                RedirectionHostUpdate.Builder update = RedirectionHostUpdate.builder();
                changed(now.forwardHttpCode(), host.forwardHttpCode(), update::forwardHttpCode);
                changed(now.forwardScheme(), host.forwardScheme(), update::forwardScheme);
                changed(now.forwardDomainName(), host.forwardDomainName(), update::forwardDomainName);
                changed(now.preservePath(), host.preservePath(), update::preservePath);
                changed(now.blockExploits(), host.blockExploits(), update::blockExploits);
                settingsChanged(now, host, update);
                RedirectionHostApi api = new RedirectionHostApi(client);
                RedirectionHostUpdate body = update.build();
                if (!body.isEmpty()) {
                    api.update(id, body);
                }
                toggle(now.enabled(), host.enabled(), () -> api.enable(id), () -> api.disable(id));
                yield nginx(api.get(id, Set.of()).meta());
            }
            case DeadHostEntry host -> {
                DeadHostEntry now = (DeadHostEntry) current;
                DeadHostUpdate.Builder update = DeadHostUpdate.builder();
                settingsChanged(now, host, update);
                DeadHostApi api = new DeadHostApi(client);
                DeadHostUpdate body = update.build();
                if (!body.isEmpty()) {
                    api.update(id, body);
                    if (now.enabled() && host.enabled()) {
                        // NPM renders a 404 host's update from the old row; disable and enable re-render it.
                        api.disable(id);
                        api.enable(id);
                    }
                }
                toggle(now.enabled(), host.enabled(), () -> api.enable(id), () -> api.disable(id));
                yield nginx(api.get(id, Set.of()).meta());
            }
            case StreamEntry stream -> {
                StreamEntry now = (StreamEntry) current;
                StreamUpdate.Builder update = StreamUpdate.builder();
                changed(now.forwardingHost(), stream.forwardingHost(), update::forwardingHost);
                changed(now.forwardingPort(), stream.forwardingPort(), update::forwardingPort);
                changed(now.certificateDomains(), stream.certificateDomains(),
                        d -> update.certificateId(d.map(this::certificate).orElse(CertificateChoice.none())));
                StreamApi api = new StreamApi(client);
                StreamUpdate body = update.build();
                if (!body.isEmpty()) {
                    api.update(id, body);
                }
                toggle(now.enabled(), stream.enabled(), () -> api.enable(id), () -> api.disable(id));
                yield nginx(api.get(id, Set.of()).meta());
            }
            case SettingEntry setting -> {
                SettingUpdate.Builder update = SettingUpdate.builder()
                        .value(setting.value().isTextual() ? setting.value().asText() : setting.value().toString());
                Map<String, String> meta = new LinkedHashMap<>();
                setting.meta().forEach((k, v) -> meta.put(k, Objects.toString(v, "")));
                if (!meta.isEmpty()) {
                    update.meta(meta);
                }
                new SystemApi(client).updateSetting(setting.id(), update.build());
                yield Optional.empty();
            }
            case CertificateEntry certificate -> throw new IllegalStateException(
                    "the planner never updates certificates: " + certificate.key());
        };
    }

    void delete(ResourceType type, int id) {
        switch (type) {
            case ACCESS_LIST -> new AccessListApi(client).delete(id);
            case PROXY_HOST -> new ProxyHostApi(client).delete(id);
            case REDIRECTION_HOST -> new RedirectionHostApi(client).delete(id);
            case DEAD_HOST -> new DeadHostApi(client).delete(id);
            case STREAM -> new StreamApi(client).delete(id);
            case CERTIFICATE, SETTING -> throw new IllegalStateException("the planner never deletes " + type);
        }
    }

    /** The id of a created object, and nginx's complaint about it if any. */
    record Written(int id, Optional<String> nginxProblem) {}

    /**
     * NPM creates every host and stream enabled: one the document has disabled is disabled right after (safe even for
     * a 404 host, whose disable crashes NPM only when it is already disabled), then read back for nginx's verdict.
     */
    private Written created(int id, boolean enabled, IntConsumer disable, IntFunction<NginxMeta> meta) {
        if (!enabled) {
            disable.accept(id);
        }
        return new Written(id, nginx(meta.apply(id)));
    }

    private CertificateChoice certificate(List<String> domains) {
        return CertificateChoice.existing(certificateId.apply(domains));
    }

    private static List<AccessListRule> rules(AccessListEntry list) {
        return list.clients().stream().map(c -> new AccessListRule(c.address(), c.directive())).toList();
    }

    private static List<ProxyLocation> locations(ProxyHostEntry host) {
        return host.locations().stream()
                .map(l -> new ProxyLocation(Optional.empty(), l.path(), l.forwardScheme(), l.forwardHost(),
                        l.forwardPort(), Optional.of(l.forwardPath()), Optional.of(l.advancedConfig())))
                .toList();
    }

    /** A new host's certificate, SSL flags and nginx directives, as every kind of HTTP host writes them. */
    private <B extends HostSettingsBuilder<B>> B settings(HttpHostEntry host, B create) {
        host.certificateDomains().ifPresent(d -> create.certificateId(certificate(d)));
        return create.sslForced(host.sslForced()).hstsEnabled(host.hstsEnabled())
                .hstsSubdomains(host.hstsSubdomains()).http2Support(host.http2Support())
                .advancedConfig(host.advancedConfig());
    }

    /** Those same settings, where {@code wanted} differs from {@code now}. */
    private void settingsChanged(HttpHostEntry now, HttpHostEntry wanted, HostSettingsBuilder<?> update) {
        changed(now.certificateDomains(), wanted.certificateDomains(),
                d -> update.certificateId(d.map(this::certificate).orElse(CertificateChoice.none())));
        changed(now.sslForced(), wanted.sslForced(), update::sslForced);
        changed(now.hstsEnabled(), wanted.hstsEnabled(), update::hstsEnabled);
        changed(now.hstsSubdomains(), wanted.hstsSubdomains(), update::hstsSubdomains);
        changed(now.http2Support(), wanted.http2Support(), update::http2Support);
        changed(now.advancedConfig(), wanted.advancedConfig(), update::advancedConfig);
    }

    private static <T> void changed(T from, T to, Consumer<T> set) {
        if (!from.equals(to)) {
            set.accept(to);
        }
    }

    /** Enable/disable only when the state differs: NPM answers 400 otherwise, and crashes on some 404 hosts. */
    private static void toggle(boolean from, boolean to, Runnable enable, Runnable disable) {
        if (from != to) {
            (to ? enable : disable).run();
        }
    }

    private static Optional<String> nginx(NginxMeta meta) {
        if (!meta.failed()) {
            return Optional.empty();
        }
        return Optional.of("nginx rejected its config, so it is not served: " + meta.nginxErr().orElse("no error text")
                + ".");
    }
}
