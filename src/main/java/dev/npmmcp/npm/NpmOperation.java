package dev.npmmcp.npm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the NPM operation (the {@code operationId} of NPM's OpenAPI document) a client method performs, so coverage
 * of NPM's API can be counted from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NpmOperation {
    String value();
}
