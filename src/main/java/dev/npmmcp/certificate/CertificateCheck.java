package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One check of a certificate request; its detail never contains key material or credentials. */
public record CertificateCheck(
        String check,
        Outcome outcome,
        String detail) {

    public enum Outcome {
        @JsonProperty("pass")
        PASS,
        @JsonProperty("warn")
        WARN,
        @JsonProperty("fail")
        FAIL,
        @JsonProperty("skipped")
        SKIPPED
    }

    static CertificateCheck pass(String check, String detail) {
        return new CertificateCheck(check, Outcome.PASS, detail);
    }

    static CertificateCheck warn(String check, String detail) {
        return new CertificateCheck(check, Outcome.WARN, detail);
    }

    static CertificateCheck fail(String check, String detail) {
        return new CertificateCheck(check, Outcome.FAIL, detail);
    }

    static CertificateCheck skipped(String check, String detail) {
        return new CertificateCheck(check, Outcome.SKIPPED, detail);
    }

    @Override
    public String toString() {
        return outcome.name().toLowerCase(java.util.Locale.ROOT) + " " + check + ": " + detail;
    }
}
