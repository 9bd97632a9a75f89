package dev.npmmcp.resource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A level-1 RFC 6570 template ({@code npm://{instance}/proxy-hosts/{id}}): a variable is one path segment. */
record UriTemplate(String template, Pattern pattern, List<String> variables) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");

    static UriTemplate of(String template) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher matcher = VARIABLE.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/?#]+)");
            names.add(matcher.group(1));
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append('$');
        return new UriTemplate(template, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    /** The variables' values when {@code uri} is an instance of this template, percent-decoded. */
    Optional<Map<String, String>> match(String uri) {
        Matcher matcher = pattern.matcher(uri);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
        }
        return Optional.of(values);
    }
}
