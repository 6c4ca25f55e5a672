package com.creatorcompass.contracts;

/** An event's revision as stored and published: its {@link EventRevision}, and "1" without one. */
public final class EventRevisions {

    private EventRevisions() {}

    public static String of(Class<?> eventType) {
        EventRevision revision = eventType.getAnnotation(EventRevision.class);
        return revision == null ? "1" : revision.value();
    }
}
