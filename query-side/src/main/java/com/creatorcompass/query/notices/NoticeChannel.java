package com.creatorcompass.query.notices;

/** One PostgreSQL notification channel an API process listens on, and what it does with what it hears. */
public interface NoticeChannel {

    String channel();

    /** A notice's payload, in the order the notifying transactions committed. */
    void heard(String payload);

    /** Listening (again): notices sent from now on will be heard; any sent before may have been missed. */
    default void listening() {}

    /** Not listening any more (the connection dropped): notices sent meanwhile are lost. */
    default void deaf() {}
}
