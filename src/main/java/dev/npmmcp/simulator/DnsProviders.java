package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A selection of the certbot DNS plugins NPM lists (the real list has over a hundred, same shape). */
final class DnsProviders {

    private record Provider(String id, String name, String credentials) {}

    private static final List<Provider> PROVIDERS = List.of(
            new Provider("acmedns", "ACME-DNS", "dns_acmedns_api_url = http://acmedns-server/\n"
                    + "dns_acmedns_registration_file = /data/acme-registration.json"),
            new Provider("active24", "Active24", "dns_active24_api_key = <identifier>\n"
                    + "dns_active24_secret = <secret>"),
            new Provider("aliyun", "Aliyun", "dns_aliyun_access_key = 12345678\n"
                    + "dns_aliyun_access_key_secret = 1234567890abcdef1234567890abcdef"),
            new Provider("cloudflare", "Cloudflare", "# Cloudflare API token\n"
                    + "dns_cloudflare_api_token=0123456789abcdef0123456789abcdef01234567"),
            new Provider("digitalocean", "DigitalOcean", "dns_digitalocean_token = 0000111122223333444455556666777788889999aaaabbbbccccddddeeeeffff"),
            new Provider("duckdns", "DuckDNS", "dns_duckdns_token=<your-duckdns-token>"),
            new Provider("gandi", "Gandi Live DNS", "# Gandi personal access token\n"
                    + "dns_gandi_token=PERSONAL_ACCESS_TOKEN"),
            new Provider("hetzner", "Hetzner", "dns_hetzner_api_token = 0123456789abcdef0123456789abcdef"),
            new Provider("ovh", "OVH", "dns_ovh_endpoint = ovh-eu\ndns_ovh_application_key = MDAwMDAwMDAwMDAw\n"
                    + "dns_ovh_application_secret = MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw\n"
                    + "dns_ovh_consumer_key = MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw"),
            new Provider("porkbun", "Porkbun", "dns_porkbun_key=your-porkbun-api-key\n"
                    + "dns_porkbun_secret=your-porkbun-api-secret"),
            new Provider("route53", "Route 53 (Amazon)", "[default]\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\n"
                    + "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            new Provider("vultr", "Vultr", "dns_vultr_key = YOUR_VULTR_API_KEY"));

    private DnsProviders() {}

    static ArrayNode list() {
        ArrayNode array = Json.array();
        for (Provider provider : PROVIDERS) {
            ObjectNode node = array.addObject();
            node.put("id", provider.id());
            node.put("name", provider.name());
            node.put("credentials", provider.credentials());
        }
        return array;
    }
}
