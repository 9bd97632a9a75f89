package dev.npmmcp.certificate;

import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Optional;

/**
 * What npm_manage_certificate (create) and npm_validate_certificate were asked for, in one shape. {@code toString}
 * hides the key and the DNS credentials.
 */
record CertificateRequest(
        CertificateProvider provider,
        Optional<String> niceName,
        List<String> domainNames,
        Optional<String> letsencryptEmail,
        boolean dnsChallenge,
        Optional<String> dnsProvider,
        Optional<String> dnsCredentials,
        Optional<Integer> propagationSeconds,
        Optional<String> keyType,
        Optional<String> customCertificate,
        Optional<String> customKey,
        Optional<String> customIntermediate) {

    CertificateRequest {
        domainNames = domainNames.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
        niceName = niceName.map(String::strip).filter(n -> !n.isEmpty());
        dnsProvider = dnsProvider.map(String::strip).filter(p -> !p.isEmpty());
    }

    /**
     * The request as both tools take it: the provider defaults to custom when custom_certificate is given, else to
     * Let's Encrypt.
     */
    static CertificateRequest asked(Optional<CertificateProvider> provider, Optional<String> niceName,
            Optional<List<String>> domainNames, Optional<String> letsencryptEmail, boolean dnsChallenge,
            Optional<String> dnsProvider, Optional<String> dnsCredentials, Optional<Integer> propagationSeconds,
            Optional<KeyType> keyType, Optional<String> customCertificate, Optional<String> customKey,
            Optional<String> customIntermediate) {
        CertificateProvider chosen = provider.orElse(customCertificate.isPresent()
                ? CertificateProvider.CUSTOM
                : CertificateProvider.LETSENCRYPT);
        return new CertificateRequest(chosen, niceName, domainNames.orElse(List.of()), letsencryptEmail, dnsChallenge,
                dnsProvider, dnsCredentials, propagationSeconds, keyType.map(KeyType::wireName), customCertificate,
                customKey, customIntermediate);
    }

    CertificateCreate.LetsEncrypt letsEncrypt() {
        return new CertificateCreate.LetsEncrypt(domainNames, niceName, letsencryptEmail, dnsChallenge, dnsProvider,
                dnsCredentials, propagationSeconds, keyType);
    }

    /** The custom files, or a failure naming the missing parameters. */
    CustomCertificateFiles customFiles(String toolName) {
        if (customCertificate.filter(p -> !p.isBlank()).isEmpty() || customKey.filter(p -> !p.isBlank()).isEmpty()) {
            throw new ToolFailure(toolName + ": a custom certificate needs custom_certificate and custom_key (PEM"
                            + " text).",
                    "Pass the certificate (and its chain in custom_intermediate, if any) and its unencrypted private"
                            + " key as PEM text.");
        }
        return new CustomCertificateFiles(customCertificate.get(), customKey.get(),
                customIntermediate.filter(p -> !p.isBlank()));
    }

    @Override
    public String toString() {
        return "CertificateRequest[" + provider + ", domainNames=" + domainNames + ", dnsChallenge=" + dnsChallenge
                + "]";
    }
}
