package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One check of a certificate request; its detail never contains key material or credentials. */
public record CertificateCheck(
        @JsonPropertyDescription("What was checked") String check,
        @JsonPropertyDescription("pass, warn (works but worth knowing), fail (would not work) or skipped")
                Outcome outcome,
        @JsonPropertyDescription("What was found, and what to do when it failed") String detail) {

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
