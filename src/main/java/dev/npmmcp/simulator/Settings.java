package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** /settings: NPM has one setting, {@code default-site} (what nginx shows for an unknown Host). Admin only. */
final class Settings {

    private Settings() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/settings", "getSettings", p -> true, Settings::list),
                Route.of("GET", "/settings/{settingID}", "getSetting", p -> true, Settings::get),
                Route.of("PUT", "/settings/{settingID}", "updateSetting", p -> true, Settings::update));
    }

    private static Reply list(Call call) {
        Access.requireAdmin(call);
        return Reply.ok(Json.array().add(call.state.defaultSite.deepCopy()));
    }

    private static void known(Call call) {
        String id = call.param("settingID");
        if (!id.equals("default-site")) {
            throw call.notFound(id);
        }
    }

    private static Reply get(Call call) {
        Access.requireAdmin(call);
        known(call);
        return Reply.ok(call.state.defaultSite.deepCopy());
    }

    private static Reply update(Call call) {
        Access.requireAdmin(call);
        known(call);
        Schema.Obj schema = call.profile().ajv6()
                // endpoints/settings.json at v2.10.4: any short value and any meta, other fields let through
                ? Schema.openObject().prop("value", Schema.string(0, 255)).prop("meta", Schema.anyObject())
                : Schema.object()
                        .prop("value", new Schema.Str(1, Integer.MAX_VALUE, List.of(),
                                List.of("congratulations", "404", "444", "redirect", "html")))
                        .prop("meta", Schema.object().prop("redirect", Schema.string()).prop("html", Schema.string()))
                        .partial(call.profile().partialUpdatesNeedProperties());
        JsonNode body = call.body(schema);
        Table.columnsOnly(body, "value", "meta");
        if (body.has("value")) {
            call.state.defaultSite.set("value", body.get("value"));
        }
        if (body.has("meta")) {
            call.state.defaultSite.set("meta", body.get("meta"));
        }
        return Reply.ok(call.state.defaultSite.deepCopy());
    }
}
