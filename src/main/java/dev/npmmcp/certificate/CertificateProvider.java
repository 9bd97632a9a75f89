package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The seed's provider names: {@code custom} is NPM's {@code other} (uploaded files). */
public enum CertificateProvider {
    @JsonProperty("letsencrypt")
    LETSENCRYPT("letsencrypt"),
    @JsonProperty("custom")
    CUSTOM("custom");

    private final String seedName;

    CertificateProvider(String seedName) {
        this.seedName = seedName;
    }

    /** The name the tools show (see {@link CertificateView#providerName}). */
    String seedName() {
        return seedName;
    }
}
