package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrateProxyPromptTest {

    private final MigrateProxyPrompt prompt = new MigrateProxyPrompt();
    private static final Map<String, String> ARGUMENTS =
            Map.of("source_instance", "old", "target_instance", "new", "domain_pattern", "*.Example.net");

    private String render(ToolAvailability availability) {
        return Rendering.text(prompt, ARGUMENTS, availability);
    }

    private static boolean writes(String call) {
        return call.startsWith("npm_manage_") || call.contains("\"operation\": \"import_config\"");
    }

    @Test
    void shouldListItsArgumentsUnderTheSeedNames() {
        assertThat(prompt.arguments()).extracting(PromptArgument::name, PromptArgument::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("source_instance", true),
                org.assertj.core.groups.Tuple.tuple("target_instance", true),
                org.assertj.core.groups.Tuple.tuple("domain_pattern", false));
    }

    @Test
    void shouldReadTheSourceAndWriteOnlyTheTargetExceptAnOptionalDisable() {
        assertReadsSourceWritesTarget(Rendering.calls(render(Availabilities.withoutBulk())));
        assertReadsSourceWritesTarget(Rendering.calls(render(Availabilities.everything())));
    }

    private static void assertReadsSourceWritesTarget(List<String> calls) {
        assertThat(calls).anySatisfy(call -> assertThat(call).isEqualTo("npm_list_proxy_hosts {\"domain_filter\":"
                + " \"*.example.net\", \"compact\": false, \"limit\": 500, \"instance_name\": \"old\"}"));
        List<String> sourceWrites = calls.stream()
                .filter(MigrateProxyPromptTest::writes)
                .filter(call -> call.endsWith("\"instance_name\": \"old\"}"))
                .toList();
        assertThat(sourceWrites).containsExactly("npm_manage_proxy_host {\"operation\": \"disable\", \"host_id\":"
                + " <source host id>, \"instance_name\": \"old\"}");
        assertThat(calls.stream().filter(MigrateProxyPromptTest::writes)).hasSizeGreaterThan(2)
                .allSatisfy(call -> assertThat(call).containsPattern("\"instance_name\": \"(new|old)\"}$"));
        assertThat(calls)
                .filteredOn(call -> call.startsWith("npm_bulk_operations {")
                        && call.endsWith("\"instance_name\": \"old\"}"))
                .allSatisfy(call -> assertThat(call).contains("\"operation\": \"export_config\""));
    }

    @Test
    void shouldExportThenImportAsADryRunBeforeApplyingWhenBulkOperationsAreAvailable() {
        String text = render(Availabilities.everything());
        String export = "npm_bulk_operations {\"operation\": \"export_config\", \"resource_types\": [\"access_list\","
                + " \"proxy_host\"], \"format\": \"json\", \"instance_name\": \"old\"}";
        String dryRun = "npm_bulk_operations {\"operation\": \"import_config\", \"import_data\": <the document from"
                + " step 4>, \"strategy\": \"merge\", \"dry_run\": true, \"instance_name\": \"new\"}";
        String apply = "npm_bulk_operations {\"operation\": \"import_config\", \"import_data\": <final document>,"
                + " \"strategy\": \"merge\", \"dry_run\": false, \"continue_on_error\": false, \"instance_name\": \"new\"}";
        assertThat(text).contains(export, dryRun, apply, "Never strategy replace",
                "Keep in the document only the proxy hosts with a domain matching \"*.example.net\"");
        assertThat(text.indexOf(export)).isLessThan(text.indexOf(dryRun));
        assertThat(text.indexOf("wait for their yes")).isBetween(text.indexOf(dryRun), text.indexOf(apply));
        assertThat(Rendering.callsOf(text, "npm_manage_proxy_host")).singleElement().asString()
                .contains("\"operation\": \"disable\"");
    }

    @Test
    void shouldPlanBeforeWritingAndCreateDependenciesBeforeHosts() {
        String text = render(Availabilities.withoutBulk());
        int plan = text.indexOf("this is the dry run, nothing is written yet");
        int accessList = text.indexOf("npm_manage_access_list {\"operation\": \"create\"");
        int certificate = text.indexOf("npm_manage_certificate {\"operation\": \"create\"");
        int host = text.indexOf("npm_manage_proxy_host {\"operation\": \"create\"");
        assertThat(plan).isPositive().isLessThan(accessList);
        assertThat(accessList).isLessThan(host);
        assertThat(certificate).isLessThan(host);
    }

    @Test
    void shouldWarnAboutWhatCannotBeCopied() {
        assertThat(render(Availabilities.withoutBulk()))
                .contains("NPM never returns basic-auth passwords, so users cannot be copied")
                .contains("its HTTP challenge only succeeds once DNS points at the target")
                .contains("do not download private keys from the source into this conversation");
        assertThat(render(Availabilities.everything()))
                .contains("ask the user for each password and fill items[].password in the document")
                .contains("Its HTTP challenge only succeeds once DNS points at the target")
                .contains("Do not download private keys from the source into this conversation");
    }

    @Test
    void shouldOnlyPlanOnAReadOnlyServer() {
        String text = render(Availabilities.readOnly());
        assertThat(text).contains("Stop here: this server is read-only. The plan is the result");
        assertThat(Rendering.calls(text)).noneMatch(MigrateProxyPromptTest::writes);
    }

    @Test
    void shouldRefuseToMigrateAnInstanceOntoItself() {
        assertThatThrownBy(() -> Rendering.text(prompt,
                Map.of("source_instance", "home", "target_instance", "HOME"), Availabilities.everything()))
                .isInstanceOf(PromptFailure.class)
                .hasMessageContaining("source_instance and target_instance are both 'home'");
        assertThatThrownBy(() -> Rendering.text(prompt, Map.of("source_instance", "old", "target_instance", "new",
                "domain_pattern", "example.net/x"), Availabilities.everything()))
                .hasMessageContaining("domain_pattern 'example.net/x' may hold letters");
    }
}
