package dev.npmmcp.certificate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A new certificate: requested from Let's Encrypt, or an empty custom one to upload files into. */
public sealed interface CertificateCreate {

    /**
     * A Let's Encrypt request. {@code email} is sent only to NPM up to 2.12 (where it is required); from 2.13 NPM
     * uses the account's email. {@code keyType} (rsa/ecdsa) needs NPM 2.13.6+.
     */
    record LetsEncrypt(
            List<String> domainNames,
            Optional<String> niceName,
            Optional<String> email,
            boolean dnsChallenge,
            Optional<String> dnsProvider,
            Optional<String> dnsProviderCredentials,
            Optional<Integer> propagationSeconds,
            Optional<String> keyType)
            implements CertificateCreate {

        public LetsEncrypt {
            domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
            niceName = Objects.requireNonNullElse(niceName, Optional.empty());
            email = Objects.requireNonNullElse(email, Optional.empty());
            dnsProvider = Objects.requireNonNullElse(dnsProvider, Optional.empty());
            dnsProviderCredentials = Objects.requireNonNullElse(dnsProviderCredentials, Optional.empty());
            propagationSeconds = Objects.requireNonNullElse(propagationSeconds, Optional.empty());
            keyType = Objects.requireNonNullElse(keyType, Optional.empty());
        }

        /** An HTTP-challenge request. */
        public static LetsEncrypt http(List<String> domainNames, Optional<String> email) {
            return new LetsEncrypt(domainNames, Optional.empty(), email, false, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }

        @Override
        public String toString() {
            return "LetsEncrypt[domainNames=" + domainNames + ", dnsChallenge=" + dnsChallenge + ", dnsProvider="
                    + dnsProvider.orElse("none") + ", dnsProviderCredentials="
                    + (dnsProviderCredentials.isPresent() ? "***" : "none") + ", keyType=" + keyType.orElse("default")
                    + "]";
        }
    }

    /** A custom certificate record ({@code provider: other}); its files come with {@link CertificateApi#upload}. */
    record Custom(String niceName) implements CertificateCreate {
        public Custom {
            Objects.requireNonNull(niceName, "niceName");
        }
    }
}
