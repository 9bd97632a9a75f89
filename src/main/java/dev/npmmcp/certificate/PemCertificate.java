package dev.npmmcp.certificate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** The facts of a PEM certificate (the first of a chain) that a certificate request is checked against. */
record PemCertificate(
        String subject, String commonName, String issuer, List<String> dnsNames, Instant notBefore, Instant notAfter,
        int chainLength) {

    private static final int DNS_NAME = 2;

    PemCertificate {
        dnsNames = List.copyOf(dnsNames);
    }

    /** @throws IllegalArgumentException when the text holds no readable PEM X.509 certificate */
    static PemCertificate read(String pem) {
        Collection<? extends java.security.cert.Certificate> chain;
        try {
            chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a readable PEM X.509 certificate");
        }
        if (chain.isEmpty() || !(chain.iterator().next() instanceof X509Certificate first)) {
            throw new IllegalArgumentException("no PEM X.509 certificate found");
        }
        String subject = first.getSubjectX500Principal().getName();
        return new PemCertificate(subject, commonName(subject).orElse(""),
                first.getIssuerX500Principal().getName(), dnsNames(first), first.getNotBefore().toInstant(),
                first.getNotAfter().toInstant(), chain.size());
    }

    /** The names a browser checks: the DNS subject alternative names, else the common name. */
    List<String> names() {
        return dnsNames.isEmpty() && !commonName.isEmpty() ? List.of(commonName) : dnsNames;
    }

    boolean selfSigned() {
        return subject.equals(issuer);
    }

    private static List<String> dnsNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    if (entry.size() == 2 && entry.get(0) instanceof Integer type && type == DNS_NAME) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return List.of();
        }
        return names;
    }

    private static Optional<String> commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
