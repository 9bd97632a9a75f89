package dev.npmmcp.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.resource.NpmResource.IdList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * completion/complete for the {@code npm://} templates' variables and the prompts' arguments. Instance names come from
 * the configuration (no network); ids, domains and access list names are asked of NPM through the read tools, on the
 * instance the request's context names, else the one tools would use. A failed lookup completes nothing: a suggestion
 * list is no place for an error, and the read or the prompt that follows reports it properly.
 */
public final class Completions {

    /** Prompt arguments that name an instance. */
    private static final List<String> INSTANCE_ARGUMENTS = List.of("instance_name", "source_instance", "target_instance");

    private final NpmResources resources;

    public Completions(NpmResources resources) {
        this.resources = resources;
    }

    /** Completes {@code argument} of the template {@code uriTemplate}, given the variables already filled in. */
    public Completion forResource(
            String uriTemplate, String argument, String typed, Map<String, String> context, ToolReader tools) {
        if (argument.equals("instance")) {
            return Completion.matching(resources.instanceNames(), typed);
        }
        if (!argument.equals("id")) {
            return Completion.none();
        }
        return resources.template(uriTemplate)
                .flatMap(NpmResource::ids)
                .map(ids -> fromList(tools, ids, Optional.ofNullable(context.get("instance")), "id", typed))
                .orElseGet(Completion::none);
    }

    /** Completes a prompt's argument, given the arguments already filled in. */
    public Completion forPrompt(String argument, String typed, Map<String, String> context, ToolReader tools) {
        if (INSTANCE_ARGUMENTS.contains(argument)) {
            return Completion.matching(resources.instanceNames(), typed);
        }
        return switch (argument) {
            // migrate_proxy copies hosts from source_instance: its domains are what a pattern is made of
            case "domain_pattern" -> fromDomains(tools, Optional.ofNullable(context.get("source_instance")), typed);
            case "access_list" -> fromList(tools, NpmResources.ACCESS_LISTS,
                    Optional.ofNullable(context.get("instance_name")), "name", typed);
            default -> Completion.none();
        };
    }

    private Completion fromList(ToolReader tools, IdList ids, Optional<String> instance, String valueField,
            String typed) {
        Optional<JsonNode> answer = read(tools, ids, instance);
        List<String> values = new ArrayList<>();
        answer.ifPresent(list -> list.path(ids.field()).forEach(entry -> {
            if (entry.hasNonNull(valueField)) {
                values.add(entry.get(valueField).asText());
            }
        }));
        return Completion.matching(values, typed);
    }

    private Completion fromDomains(ToolReader tools, Optional<String> instance, String typed) {
        Optional<JsonNode> answer = read(tools, NpmResources.PROXY_HOSTS, instance);
        List<String> domains = new ArrayList<>();
        answer.ifPresent(list -> list.path(NpmResources.PROXY_HOSTS.field())
                .forEach(host -> host.path("domain_names").forEach(domain -> domains.add(domain.asText()))));
        return Completion.matching(domains.stream().sorted().toList(), typed);
    }

    /** The list, or nothing when the instance is unknown or the read fails. */
    private Optional<JsonNode> read(ToolReader tools, IdList ids, Optional<String> instance) {
        if (instance.isPresent() && !resources.instanceNames().contains(instance.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(NpmResources.listed(tools, ids.tool(), ids.arguments(), instance));
        } catch (ResourceFailure failed) {
            return Optional.empty();
        }
    }
}
