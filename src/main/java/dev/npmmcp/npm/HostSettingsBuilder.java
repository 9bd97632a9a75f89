package dev.npmmcp.npm;

import java.util.Map;
import java.util.Optional;

/**
 * Sets the {@link HostSettings} of a proxy, redirection or 404 host's create or update body: a setting left unset is
 * not sent. The hosts' APIs may not share each other's classes, so the part their builders share lives here.
 *
 * @param <B> the builder, so that the setters chain
 */
public abstract class HostSettingsBuilder<B extends HostSettingsBuilder<B>> {

    private Optional<CertificateChoice> certificateId = Optional.empty();
    private Optional<Boolean> sslForced = Optional.empty();
    private Optional<Boolean> hstsEnabled = Optional.empty();
    private Optional<Boolean> hstsSubdomains = Optional.empty();
    private Optional<Boolean> http2Support = Optional.empty();
    private Optional<String> advancedConfig = Optional.empty();
    private Optional<Map<String, Object>> meta = Optional.empty();

    protected HostSettingsBuilder() {}

    public B certificateId(CertificateChoice value) {
        this.certificateId = Optional.of(value);
        return self();
    }

    public B sslForced(Boolean value) {
        this.sslForced = Optional.of(value);
        return self();
    }

    public B hstsEnabled(Boolean value) {
        this.hstsEnabled = Optional.of(value);
        return self();
    }

    public B hstsSubdomains(Boolean value) {
        this.hstsSubdomains = Optional.of(value);
        return self();
    }

    public B http2Support(Boolean value) {
        this.http2Support = Optional.of(value);
        return self();
    }

    public B advancedConfig(String value) {
        this.advancedConfig = Optional.of(value);
        return self();
    }

    public B meta(Map<String, Object> value) {
        this.meta = Optional.of(value);
        return self();
    }

    /** What was set, for {@code build()}. */
    protected HostSettings settings() {
        return new HostSettings(certificateId, sslForced, hstsEnabled, hstsSubdomains, http2Support, advancedConfig,
                meta);
    }

    @SuppressWarnings("unchecked") // B is this builder's own class, by the type parameter's bound
    protected B self() {
        return (B) this;
    }
}
