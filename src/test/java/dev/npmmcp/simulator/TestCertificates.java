package dev.npmmcp.simulator;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed certificate and its key as PEM, made fresh for upload tests. */
record TestCertificates(String certificatePem, String keyPem, Instant notAfter) {

    static TestCertificates selfSigned(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Instant notAfter = Instant.now().plus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        X500Name name = new X500Name("CN=" + commonName);
        var holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(Instant.now()),
                Date.from(notAfter), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        var certificate = new JcaX509CertificateConverter().getCertificate(holder);
        return new TestCertificates(pem(certificate), pem(pair.getPrivate()), notAfter);
    }

    private static String pem(Object object) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    /** A multipart/form-data body with these fields, and its content type. */
    static String[] multipart(String... namesAndValues) {
        String boundary = "----simtest" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(namesAndValues[i])
                    .append("\"; filename=\"").append(namesAndValues[i]).append(".pem\"\r\n")
                    .append("Content-Type: application/x-pem-file\r\n\r\n")
                    .append(namesAndValues[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return new String[] {body.toString(), "multipart/form-data; boundary=" + boundary};
    }
}
