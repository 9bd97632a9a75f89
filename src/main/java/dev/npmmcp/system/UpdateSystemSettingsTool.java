package dev.npmmcp.system;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code npm_update_system_settings}: changes a setting (default-site), checked before NPM sees it. */
public final class UpdateSystemSettingsTool
        extends Tool<UpdateSystemSettingsTool.Input, UpdateSystemSettingsTool.Result> {

    private static final String DEFAULT_SITE = "default-site";
    private static final List<String> DEFAULT_SITE_VALUES = List.of("congratulations", "404", "444", "redirect", "html");
    private static final List<String> DEFAULT_SITE_META = List.of("redirect", "html");

    public UpdateSystemSettingsTool() {
        super(new ToolSpec<>(
                "npm_update_system_settings",
                "Sets NPM's default site.",
                Category.SYSTEM,
                ToolHints.writing(false, true),
                Input.class,
                Result.class));
    }

    public record Input(
            Optional<String> instanceName,
            @Default(DEFAULT_SITE) String settingId,
            @JsonPropertyDescription("congratulations, 404, 444, redirect or html") Optional<String> value,
            @JsonPropertyDescription("{redirect: URL} or {html: page}") Optional<Map<String, String>> meta) {}

    public record Result(
            String instance,
            String message,
            boolean changed,
            SettingView setting) {}

    @Override
    public Result call(ToolContext context, Input input) {
        if (input.value().isEmpty() && input.meta().isEmpty()) {
            throw new ToolFailure(name() + ": nothing to change: give value, meta or both.",
                    "See the current values with npm_get_system_settings.");
        }
        InstanceTarget target = context.target(input.instanceName());
        SystemApi api = new SystemApi(target.client());
        Setting current = api.setting(input.settingId());
        if (input.settingId().equals(DEFAULT_SITE)) {
            checkDefaultSite(target, current, input);
        }
        boolean sameValue = input.value().map(v -> v.equals(current.value().asText())).orElse(true);
        boolean sameMeta = input.meta().map(m -> Objects.equals(new LinkedHashMap<String, Object>(m), current.meta()))
                .orElse(true);
        if (sameValue && sameMeta) {
            return new Result(target.name(), "Setting " + current.id() + " on instance '" + target.name()
                    + "' already has these values; nothing was changed.", false, SettingView.of(current));
        }
        context.requireWritable("change setting " + current.id() + " on instance '" + target.name() + "'");
        SettingUpdate.Builder update = SettingUpdate.builder();
        input.value().ifPresent(update::value);
        input.meta().ifPresent(update::meta);
        api.updateSetting(current.id(), update.build());
        SettingView after = SettingView.of(api.setting(current.id()));
        return new Result(target.name(), "Changed setting " + after.id() + " on instance '" + target.name() + "': "
                + after.summary() + ".", true, after);
    }

    private void checkDefaultSite(InstanceTarget target, Setting current, Input input) {
        String value = input.value().orElse(current.value().asText());
        if (!DEFAULT_SITE_VALUES.contains(value)) {
            throw new ToolFailure(name() + ": default-site does not take the value '" + value + "'.",
                    "Use one of " + String.join(", ", DEFAULT_SITE_VALUES) + ".");
        }
        Map<String, ?> meta = input.meta().<Map<String, ?>>map(m -> m).orElse(current.meta());
        input.meta().ifPresent(m -> m.keySet().stream()
                .filter(key -> !DEFAULT_SITE_META.contains(key))
                .findFirst()
                .ifPresent(key -> {
                    throw new ToolFailure(name() + ": default-site's meta takes redirect and html, not '" + key
                            + "'.", "Remove '" + key + "' from meta.");
                }));
        if ((value.equals("redirect") || value.equals("html"))
                && (!(meta.get(value) instanceof String text) || text.isBlank())) {
            throw new ToolFailure(name() + ": default-site value " + value + " on instance '" + target.name()
                            + "' needs meta." + value + ".",
                    "Pass meta {\"" + value + "\": " + (value.equals("redirect") ? "\"https://...\"" : "\"<html>...\"")
                            + "}.");
        }
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(output.message());
    }
}
