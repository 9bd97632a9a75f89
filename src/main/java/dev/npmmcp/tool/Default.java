package dev.npmmcp.tool;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value an input parameter takes when the caller leaves it out. The component is then optional in the input
 * schema, which shows the default, and binding fills it in, so the tool never sees a missing value and the default is
 * written down once.
 *
 * <p>The value is a JSON literal ({@code "81"}, {@code "true"}, {@code "[]"}); for string and enum parameters it is the
 * plain text ({@code "http"}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Default {
    String value();
}
