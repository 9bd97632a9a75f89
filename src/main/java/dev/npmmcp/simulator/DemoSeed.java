package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * {@link SimulatorSeed#DEMO}: a small homelab. The custom certificate is a real self-signed one for nas.home.lan; its
 * key is generated at start (so no key lives in the source) and therefore does not match it, as a demo can afford.
 */
final class DemoSeed {

    private static final String NAS_CERTIFICATE = """
-----BEGIN CERTIFICATE-----
MIIDKDCCAhCgAwIBAgIUaHdVt8MD6m9u4ZZTbmSw5FuEPTMwDQYJKoZIhvcNAQEL
BQAwFzEVMBMGA1UEAwwMbmFzLmhvbWUubGFuMB4XDTI2MTEyNDA3MzAxNVoXDTM2
MTEyMTA3MzAxNVowFzEVMBMGA1UEAwwMbmFzLmhvbWUubGFuMIIBIjANBgkqhkiG
9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1zUoMMZggIU/YCy4wNF7rtTUs5Kwyc6xt3ZA
vckqKim0XPoxcX+ORfA6q0slqLGZjx6o++i+naQKiEkkMbE2+Q4g5ifNp4FZSp7X
2t+wmelxGjsGli0ZTVjmo3OsM9EEl4kSkT7lUFuAzawKQg0dY/X0f4vTwSpHT+v7
8dzq8Ark3a9X+GJlcoKX8elhfeCoiJx1Qt6w5OwkVDdP9BMiPyprGfNnKEXdlt1B
+vF1PJeIGcOoqUIsu9zECqbdW1ysuFcAQR/Q6RsT4aexXIccuIBrEhiyqzCOlMI4
ZcrR/QZHK6VxnWcO/lOnfKM5gWzhYX5cixkQagbjfajz5nm2DwIDAQABo2wwajAd
BgNVHQ4EFgQU4ENdvuTKxOyrwr9ajUflBXrK7sEwHwYDVR0jBBgwFoAU4ENdvuTK
xOyrwr9ajUflBXrK7sEwDwYDVR0TAQH/BAUwAwEB/zAXBgNVHREEEDAOggxuYXMu
aG9tZS5sYW4wDQYJKoZIhvcNAQELBQADggEBADs1syhrdrbsKZet9zCqt92dPKrx
tW1WFSV9GAaSZg6szS8djuka1eIfRKXYInY36SRnbuOIUOqTlq/PpV6ggisj2rNC
xKsE/VBwFl8p5cmQ4nLCrI0qLTzNnu7fwWVcAsuRSEOMcB5SG5fe4XSW1Vc/6PLk
XDTjG2Mftnsq9n5ehO3gSxZEIOYC8HhWuO5KTin2Ec7sZnFdw/muIycQw1lP6zM/
Hu7JhbADD1WeW5WNIUDCvTaEzjogyaKvbCFcxX/W1udINvieadhRLW/ccR6qutsC
45qExGHgiFwvKqU3wwrJYMGidKhyuV6RGe/vbZp4xD8oTlPhxLo6PsEGFVo=
-----END CERTIFICATE-----
            """;

    private DemoSeed() {}

    static void plant(SimState state, int adminId) {
        ObjectNode letsEncrypt = certificate(state, adminId, "letsencrypt", "cloud.example.net",
                List.of("cloud.example.net"), Duration.ofDays(61));
        letsEncrypt.withObjectProperty("meta").put("dns_challenge", false);
        LetsEncrypt.writeFiles(state, letsEncrypt.get("id").asInt());
        ObjectNode custom = certificate(state, adminId, "other", "nas.home.lan", List.of("nas.home.lan"),
                Duration.ofDays(3650));
        custom.withObjectProperty("meta").put("certificate", NAS_CERTIFICATE.strip() + "\n");
        custom.withObjectProperty("meta").put("certificate_key", freshKey());

        int accessList = accessList(state, adminId);
        host(state, ProxyHosts.KIND, adminId, """
                {"domain_names":["cloud.example.net"],"forward_scheme":"http","forward_host":"192.168.1.20",
                 "forward_port":8080,"certificate_id":%d,"ssl_forced":true,"http2_support":true,
                 "block_exploits":true,"allow_websocket_upgrade":true}""".formatted(letsEncrypt.get("id").asInt()));
        host(state, ProxyHosts.KIND, adminId, """
                {"domain_names":["media.example.net"],"forward_scheme":"http","forward_host":"192.168.1.30",
                 "forward_port":8096,"block_exploits":true,"allow_websocket_upgrade":true,
                 "locations":[{"path":"/api","forward_scheme":"http","forward_host":"192.168.1.31",
                 "forward_port":8097,"forward_path":"","advanced_config":""}]}""");
        host(state, ProxyHosts.KIND, adminId, """
                {"domain_names":["nas.home.lan"],"forward_scheme":"https","forward_host":"192.168.1.10",
                 "forward_port":5001,"certificate_id":%d,"access_list_id":%d,"ssl_forced":true,
                 "block_exploits":true}""".formatted(custom.get("id").asInt(), accessList));
        host(state, RedirectionHosts.KIND, adminId, """
                {"domain_names":["www.example.net"],"forward_scheme":"https","forward_http_code":301,
                 "forward_domain_name":"cloud.example.net","preserve_path":true,"block_exploits":true}""");
        host(state, DeadHosts.KIND, adminId, """
                {"domain_names":["old.example.net"]}""");
        host(state, Streams.KIND, adminId, """
                {"incoming_port":2222,"forwarding_host":"192.168.1.10","forwarding_port":22,
                 "tcp_forwarding":true,"udp_forwarding":false}""");
    }

    private static ObjectNode certificate(SimState state, int ownerId, String provider, String name,
            List<String> domains, Duration validity) {
        ObjectNode row = Json.object();
        row.put("id", state.certificates.nextId());
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("owner_user_id", ownerId);
        row.put("provider", provider);
        row.put("nice_name", name);
        row.set("domain_names", Json.strings(domains));
        row.put("expires_on", SimState.sqlTime(state.instant().plus(validity)));
        row.set("meta", Json.object());
        state.certificates.put(row);
        return row;
    }

    private static int accessList(SimState state, int ownerId) {
        int id = state.accessLists.nextId();
        ObjectNode row = Json.object();
        row.put("id", id);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("owner_user_id", ownerId);
        row.put("name", "lan-only");
        row.set("meta", Json.object());
        row.put("satisfy_any", true);
        row.put("pass_auth", false);
        state.accessLists.put(row);
        ObjectNode item = Json.object();
        item.put("id", ++state.accessItemIds);
        item.put("created_on", state.now());
        item.put("modified_on", state.now());
        item.put("access_list_id", id);
        item.put("username", "family");
        item.put("password", "homelab-door");
        item.set("meta", Json.object());
        state.accessItems.put(id, new java.util.ArrayList<>(List.of(item)));
        java.util.List<ObjectNode> clients = new java.util.ArrayList<>();
        for (String[] rule : List.of(new String[] {"192.168.1.0/24", "allow"}, new String[] {"all", "deny"})) {
            ObjectNode client = Json.object();
            client.put("id", ++state.accessClientIds);
            client.put("created_on", state.now());
            client.put("modified_on", state.now());
            client.put("access_list_id", id);
            client.put("address", rule[0]);
            client.put("directive", rule[1]);
            client.set("meta", Json.object());
            clients.add(client);
        }
        state.accessClients.put(id, clients);
        return id;
    }

    private static void host(SimState state, HostKind kind, int ownerId, String json) {
        JsonNode body = Validator.check(kind.schema(state.profile), Json.parse(json).orElseThrow(), state.profile);
        ObjectNode row = kind.newRow(state, kind.table(state).nextId(), ownerId, body);
        ObjectNode meta = row.withObjectProperty("meta");
        meta.put("nginx_online", true);
        meta.putNull("nginx_err");
        kind.table(state).put(row);
    }

    private static String freshKey() {
        try {
            // EC, not RSA: an RSA-2048 pair takes about half a second of CPU, and serve --demo waits for it
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("EC is part of every JDK", e);
        }
    }
}
