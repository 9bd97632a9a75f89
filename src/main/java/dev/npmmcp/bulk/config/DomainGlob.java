package dev.npmmcp.bulk.config;

import java.util.Locale;
import java.util.regex.Pattern;

/** The domain patterns bulk operations and syncs take: {@code *} any characters (dots too), {@code ?} one. */
public final class DomainGlob {

    private DomainGlob() {}

    /** Everything but the two wildcards is literal; matching ignores case, as domain names do. */
    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
