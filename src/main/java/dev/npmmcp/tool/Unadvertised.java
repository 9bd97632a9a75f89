package dev.npmmcp.tool;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input parameter that is accepted but left out of the schema the LLM reads: another name for an advertised
 * parameter (NPM's own field names next to the seed's), which would cost every conversation its bytes and offer the
 * LLM two ways to say one thing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Unadvertised {}
