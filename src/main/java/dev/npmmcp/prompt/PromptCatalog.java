package dev.npmmcp.prompt;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every prompt of the server; which of them a client sees depends on the tools the server offers. */
public final class PromptCatalog {

    private final List<Prompt<?>> prompts;

    private PromptCatalog(List<Prompt<?>> prompts) {
        Set<String> names = new HashSet<>();
        for (Prompt<?> prompt : prompts) {
            if (!names.add(prompt.name())) {
                throw new IllegalArgumentException("two prompts are named " + prompt.name());
            }
            PromptArguments.describe(prompt.argumentsType());
        }
        this.prompts = List.copyOf(prompts);
    }

    /** The seed server's four prompts, under their names. */
    public static PromptCatalog standard() {
        return new PromptCatalog(List.of(
                new SetupProxyPrompt(),
                new MigrateProxyPrompt(),
                new SecurityAuditPrompt(),
                new AccessListSetupPrompt()));
    }

    public List<Prompt<?>> prompts() {
        return prompts;
    }

    /** The prompts a server with these tools lists: those with at least one core tool it can run. */
    public List<Prompt<?>> offered(ToolAvailability availability) {
        return prompts.stream().filter(prompt -> availability.offers(prompt.tools())).toList();
    }

    public Optional<Prompt<?>> byName(String name) {
        return prompts.stream().filter(prompt -> prompt.name().equals(name)).findFirst();
    }
}
