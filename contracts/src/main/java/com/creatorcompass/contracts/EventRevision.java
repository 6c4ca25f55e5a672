package com.creatorcompass.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape version of an event's payload. Stored beside every event; an upcaster turns an older
 * revision into the current one (docs/architecture.md, "Changing an event"). An event without it is
 * revision "1".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventRevision {
    String value();
}
