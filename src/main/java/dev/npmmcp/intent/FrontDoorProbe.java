package dev.npmmcp.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One request through NPM's front door (nginx, ports 80 and 443) as a browser would make it: to the instance's address,
 * carrying the host's name (Host header, and SNI over TLS), without credentials. Raw HTTP/1.1 on a socket, because
 * the JDK's HTTP client will not send another Host than the URL's. Over TLS it accepts any certificate, since what it
 * is here for is to see which certificate nginx really serves, not to trust it.
 */
final class FrontDoorProbe {

    /** What came back: the status, the headers (lower-case names), and over TLS the certificate served. */
    record Answer(int status, Map<String, String> headers, Optional<X509Certificate> certificate,
            InetAddress from) {}

    private final String address;
    private final Duration timeout;

    FrontDoorProbe(String address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    Answer get(String name, int port, boolean tls) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        Optional<X509Certificate> served = Optional.empty();
        if (tls) {
            SSLSocket secure = (SSLSocket) trustingAny().getSocketFactory().createSocket(socket, address, port, true);
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(name)));
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            Certificate[] chain = secure.getSession().getPeerCertificates();
            served = chain.length > 0 && chain[0] instanceof X509Certificate x509 ? Optional.of(x509) : Optional.empty();
            socket = secure;
        }
        InetAddress from = socket.getLocalAddress();
        try (Socket open = socket) {
            OutputStream out = open.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + name + "\r\nUser-Agent: npm-mcp diagnose\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(open.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = Optional.ofNullable(in.readLine()).orElseThrow(() -> new IOException("no answer"));
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            return new Answer(Integer.parseInt(parts[1]), headers, served, from);
        }
    }

    /** The names a certificate is valid for: its DNS subject alternative names, else its CN. */
    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                certificate.getSubjectAlternativeNames().stream()
                        .filter(san -> Integer.valueOf(2).equals(san.get(0)))
                        .forEach(san -> names.add(String.valueOf(san.get(1)).toLowerCase(Locale.ROOT)));
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // fall back to the CN
        }
        if (names.isEmpty()) {
            String dn = certificate.getSubjectX500Principal().getName();
            for (String part : dn.split(",")) {
                if (part.strip().startsWith("CN=")) {
                    names.add(part.strip().substring(3).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static SSLContext trustingAny() throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // observed, not trusted: nothing sent over this connection is secret
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("no TLS here: " + e.getMessage(), e);
        }
    }
}
