package dev.npmmcp.tool;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input parameter that is accepted but left out of the schema the LLM reads, since every advertised byte is paid in
 * every conversation. Two kinds:
 * <ul>
 *   <li>another name for an advertised parameter (NPM's own field names next to the seed's), which would also offer
 *       the LLM two ways to say one thing;
 *   <li>a parameter the LLM needs only once a result has told it to: {@code confirm} (the refusal says to ask the user
 *       and call again with it, and the server's instructions say so once), and the rarely changed ports and
 *       timeouts whose finding or error names them.
 * </ul>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Unadvertised {}
