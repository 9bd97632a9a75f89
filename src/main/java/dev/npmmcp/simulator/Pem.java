package dev.npmmcp.simulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** What NPM asks openssl about uploaded PEM files, answered with the JDK. */
final class Pem {

    private static final Pattern KEY = Pattern.compile(
            "-----BEGIN ((?:RSA |EC )?)PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1PRIVATE KEY-----");

    private Pem() {}

    static Optional<X509Certificate> certificate(String pem) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.trim().getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException | ClassCastException e) {
            return Optional.empty();
        }
    }

    static String commonName(X509Certificate certificate) {
        return rdns(certificate.getSubjectX500Principal().getName()).stream()
                .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                .map(rdn -> rdn.getValue().toString())
                .findFirst()
                .orElse("");
    }

    /** openssl's one-line form: {@code C = US, O = Let's Encrypt, CN = R11}. */
    static String issuer(X509Certificate certificate) {
        List<String> parts = new ArrayList<>();
        for (Rdn rdn : rdns(certificate.getIssuerX500Principal().getName())) {
            parts.add(rdn.getType() + " = " + rdn.getValue());
        }
        return String.join(", ", parts);
    }

    private static List<Rdn> rdns(String rfc2253) {
        try {
            // LdapName lists RDNs from the last in RFC 2253 text, which is the first in the certificate.
            return new LdapName(rfc2253).getRdns();
        } catch (InvalidNameException e) {
            return List.of();
        }
    }

    /** Whether this is a private key openssl would read (PKCS#8, PKCS#1 RSA or SEC1 EC). */
    static boolean privateKey(String pem) {
        Matcher matcher = KEY.matcher(pem);
        if (!matcher.find()) {
            return false;
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return switch (matcher.group(1)) {
            case "" -> pkcs8(der);
            default -> der.length > 16 && der[0] == 0x30;
        };
    }

    private static boolean pkcs8(byte[] der) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448")) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                return true;
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        return false;
    }
}
