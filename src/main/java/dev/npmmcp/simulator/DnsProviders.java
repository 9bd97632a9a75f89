package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A selection of the certbot DNS plugins NPM lists (the real list has over a hundred, same shape). The head of the
 * list, as far as the recordings show it (ACME-DNS to Azure), is NPM's own, entry for entry; a few well-known
 * providers follow.
 */
final class DnsProviders {

    private record Provider(String id, String name, String credentials, NpmProfile since) {
        Provider(String id, String name, String credentials) {
            this(id, name, credentials, NpmProfile.V2_13);
        }
    }

    private static final String AZURE = "# This plugin supported API authentication using either Service Principals"
            + " or utilizing a Managed Identity assigned to the virtual machine.\n"
            + "# Regardless which authentication method used, the identity will need the \u201cDNS Zone Contributor\u201d"
            + " role assigned to it.\n"
            + "# As multiple Azure DNS Zones in multiple resource groups can exist, the config file needs a mapping of"
            + " zone to resource group ID. Multiple zones -> ID mappings can be listed by using the key dns_azure_zoneX"
            + " where X is a unique number. At least 1 zone mapping is required.\n\n"
            + "# Using a service principal (option 1)\n"
            + "dns_azure_sp_client_id = 912ce44a-0156-4669-ae22-c16a17d34ca5\n"
            + "dns_azure_sp_client_secret = E-xqXU83Y-jzTI6xe9fs2YC~mck3ZzUih9\n"
            + "dns_azure_tenant_id = ed1090f3-ab18-4b12-816c-599af8a88cf7\n\n"
            + "# Using used assigned MSI (option 2)\n"
            + "# dns_azure_msi_client_id = 912ce44a-0156-4669-ae22-c16a17d34ca5\n\n"
            + "# Using system assigned MSI (option 3)\n"
            + "# dns_azure_msi_system_assigned = true\n\n"
            + "# Zones (at least one always required)\n"
            + "dns_azure_zone1 = example.com:/subscriptions/c135abce-d87d-48df-936c-15596c6968a5/resourceGroups/dns1\n"
            + "dns_azure_zone2 = example.org:/subscriptions/99800903-fb14-4992-9aff-12eaf2744622/resourceGroups/dns2";

    private static final List<Provider> PROVIDERS = List.of(
            new Provider("acmedns", "ACME-DNS", "dns_acmedns_api_url = http://acmedns-server/\n"
                    + "dns_acmedns_registration_file = /data/acme-registration.json"),
            new Provider("active24", "Active24", "dns_active24_api_key = <identifier>\n"
                    + "dns_active24_secret = <secret>"),
            new Provider("edgedns", "Akamai Edge DNS", "edgedns_client_secret = as3d1asd5d1a32sdfsdfs2d1asd5=\n"
                    + "edgedns_host = sdflskjdf-dfsdfsdf-sdfsdfsdf.luna.akamaiapis.net\n"
                    + "edgedns_access_token = kjdsi3-34rfsdfsdf-234234fsdfsdf\n"
                    + "edgedns_client_token = dkfjdf-342fsdfsd-23fsdfsdfsdf"),
            new Provider("aliyun", "Aliyun", "dns_aliyun_access_key = 12345678\n"
                    + "dns_aliyun_access_key_secret = 1234567890abcdef1234567890abcdef"),
            new Provider("kas", "All-Inkl", "dns_kas_user = your_kas_user\ndns_kas_password = your_kas_password"),
            // Recorded on 2.15.1, absent from 2.13.7's list.
            new Provider("arvan", "ArvanCloud", "dns_arvan_key = Apikey xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                    NpmProfile.V2_15),
            new Provider("azure", "Azure", AZURE),
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

    /** The plugin keys of global/certbot-dns-plugins.js at v2.10.4. */
    private static final Set<String> KEYS_2_10 = Set.of("acmedns", "aliyun", "azure", "bunny", "cloudflare",
            "cloudns", "cloudxns", "constellix", "corenetworks", "cpanel", "desec", "duckdns", "digitalocean",
            "directadmin", "dnsimple", "dnsmadeeasy", "dnspod", "domainoffensive", "domeneshop", "dynu", "eurodns",
            "gandi", "godaddy", "google", "googledomains", "hetzner", "infomaniak", "inwx", "ionos", "ispconfig",
            "isset", "joker", "linode", "loopia", "luadns", "namecheap", "netcup", "njalla", "nsone", "oci", "online",
            "ovh", "porkbun", "powerdns", "regru", "rfc2136", "route53", "strato", "transip", "tencentcloud", "vultr",
            "websupportsk");

    /** The plugin keys of global/certbot-dns-plugins.json at v2.12.6. */
    private static final Set<String> KEYS_2_12 = Set.of("acmedns", "active24", "aliyun", "azure", "baidu", "beget",
            "bunny", "cdmon", "cloudflare", "cloudns", "cloudxns", "constellix", "corenetworks", "cpanel", "ddnss",
            "desec", "duckdns", "digitalocean", "directadmin", "dnsimple", "dnsmadeeasy", "dnsmulti", "dnspod",
            "domainoffensive", "domeneshop", "dynu", "easydns", "eurodns", "firstdomains", "freedns", "gandi", "gcore",
            "godaddy", "google", "googledomains", "he", "hetzner", "hostingnl", "hover", "infomaniak", "inwx", "ionos",
            "ispconfig", "isset", "joker", "leaseweb", "linode", "loopia", "luadns", "mijnhost", "namecheap",
            "netcup", "nicru", "njalla", "nsone", "oci", "ovh", "plesk", "porkbun", "powerdns", "regru", "rfc2136",
            "rockenstein", "route53", "spaceship", "strato", "selectelv2", "timeweb", "transip", "tencentcloud",
            "vultr", "websupport", "wedos", "edgedns", "zoneedit");

    private DnsProviders() {}

    /**
     * Refuses a DNS challenge whose provider the release does not know, before certbot runs: 2.10 throws a plain
     * Error ("Unknown DNS provider", a 500), 2.12's certbot.installPlugin an ItemNotFoundError naming the key (a 404).
     * A missing provider is JavaScript's "undefined". Later releases are left as they were modelled.
     */
    static void checkPlugin(NpmProfile profile, JsonNode meta) {
        if (!meta.path("dns_challenge").asBoolean(false) || profile.atLeast(NpmProfile.V2_13)) {
            return;
        }
        String key = meta.path("dns_provider").isTextual() ? meta.get("dns_provider").asText() : "undefined";
        if (profile == NpmProfile.V2_10 && !KEYS_2_10.contains(key)) {
            throw NpmError.command("Error", "Unknown DNS provider '" + key + "'", Optional.empty());
        }
        if (profile == NpmProfile.V2_12 && !KEYS_2_12.contains(key)) {
            throw NpmError.of(404, "Item Not Found - " + key);
        }
    }

    /** NPM sorts by display name with JavaScript's localeCompare: case and punctuation weigh less than letters. */
    static ArrayNode list(NpmProfile profile) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        ArrayNode array = Json.array();
        PROVIDERS.stream()
                .filter(provider -> profile.atLeast(provider.since()))
                .sorted(Comparator.comparing(Provider::name, collator))
                .forEach(provider -> {
                    ObjectNode node = array.addObject();
                    node.put("id", provider.id());
                    node.put("name", provider.name());
                    node.put("credentials", provider.credentials());
                });
        return array;
    }
}
