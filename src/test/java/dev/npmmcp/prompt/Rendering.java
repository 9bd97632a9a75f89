package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders prompts the way prompts/get does, and reads the rendered text back. */
final class Rendering {

    /** A tool name in prompt text; field names such as npm_version do not start with a verb. */
    private static final Pattern TOOL = Pattern.compile(
            "\\bnpm_(?:list|get|manage|validate|enable|disable|select|set|update|bulk)_[a-z_]+\\b");
    private static final Pattern CALL = Pattern.compile("\\b(npm_[a-z_]+) \\{([^{}]|\\{[^{}]*\\})*\\}");

    private Rendering() {}

    static String text(Prompt<?> prompt, Map<String, ?> arguments, ToolAvailability availability) {
        List<PromptMessage> messages = prompt.get(arguments, availability);
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst().role()).isEqualTo(PromptMessage.Role.USER);
        return messages.getFirst().text();
    }

    static Set<String> toolsNamed(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TOOL.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** Every tool call written out in the text, e.g. {@code npm_get_proxy_host {"host_id": <id>}}. */
    static List<String> calls(String text) {
        return CALL.matcher(text).results().map(match -> match.group()).toList();
    }

    static List<String> callsOf(String text, String tool) {
        return calls(text).stream().filter(call -> call.startsWith(tool + " {")).toList();
    }
}
