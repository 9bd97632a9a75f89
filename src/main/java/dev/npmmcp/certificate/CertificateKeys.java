package dev.npmmcp.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a private key belongs to a certificate, which NPM's own validate route does not: the key signs random
 * data and the certificate's public key must verify it. Reads PKCS#8, PKCS#1 (RSA) and SEC1 (EC) PEM keys.
 */
public final class CertificateKeys {

    private static final Pattern KEY_PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1PRIVATE KEY-----");

    private CertificateKeys() {}

    /**
     * True when {@code keyPem} is the private key of the first certificate in {@code certificatePem}.
     *
     * @throws IllegalArgumentException when either text cannot be read (or the key is encrypted); the message never
     *     contains key material
     */
    public static boolean matches(String certificatePem, String keyPem) {
        X509Certificate certificate = readCertificate(certificatePem);
        PublicKey publicKey = certificate.getPublicKey();
        PrivateKey privateKey;
        try {
            privateKey = readKey(keyPem, publicKey);
        } catch (GeneralSecurityException e) {
            // a key of another algorithm than the certificate's cannot belong to it
            return false;
        }
        byte[] challenge = new byte[32];
        new SecureRandom().nextBytes(challenge);
        try {
            String algorithm = signatureAlgorithm(publicKey.getAlgorithm());
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate readCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("the certificate is not a readable PEM X.509 certificate");
        }
    }

    private static PrivateKey readKey(String pem, PublicKey publicKey) throws GeneralSecurityException {
        Matcher matcher = KEY_PEM.matcher(pem);
        if (!matcher.find()) {
            throw new IllegalArgumentException("the key is not a PEM private key");
        }
        String kind = matcher.group(1).strip();
        if (kind.equals("ENCRYPTED")) {
            throw new IllegalArgumentException("the key is encrypted: NPM needs it without a passphrase");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key's PEM body is not base64");
        }
        byte[] pkcs8 = kind.isEmpty() ? der : wrapInPkcs8(der, algorithmIdentifier(publicKey.getEncoded()));
        return KeyFactory.getInstance(publicKey.getAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static String signatureAlgorithm(String keyAlgorithm) throws GeneralSecurityException {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            default -> throw new GeneralSecurityException("unsupported key algorithm " + keyAlgorithm);
        };
    }

    /**
     * PKCS#1 and SEC1 keys carry no algorithm identifier; the certificate's (RSA, or EC with its curve) is the one
     * they need, so it is copied from the certificate's SubjectPublicKeyInfo.
     */
    private static byte[] algorithmIdentifier(byte[] subjectPublicKeyInfo) {
        int offset = headerLength(subjectPublicKeyInfo, 0);
        int length = headerLength(subjectPublicKeyInfo, offset) + contentLength(subjectPublicKeyInfo, offset);
        return Arrays.copyOfRange(subjectPublicKeyInfo, offset, offset + length);
    }

    private static byte[] wrapInPkcs8(byte[] key, byte[] algorithmIdentifier) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {0x02, 0x01, 0x00});
        content.writeBytes(algorithmIdentifier);
        content.writeBytes(tlv(0x04, key));
        return tlv(0x30, content.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write((length >> (8 * i)) & 0xff);
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static int headerLength(byte[] der, int offset) {
        int first = der[offset + 1] & 0xff;
        return first < 0x80 ? 2 : 2 + (first & 0x7f);
    }

    private static int contentLength(byte[] der, int offset) {
        int first = der[offset + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[offset + 2 + i] & 0xff);
        }
        return length;
    }
}
