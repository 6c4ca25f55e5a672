package com.creatorcompass.command.creator;

import java.util.UUID;

/** Where new creator ids come from: random in production, fixed in specifications. */
@FunctionalInterface
public interface CreatorIds {

    String next();

    static CreatorIds random() {
        return () -> UUID.randomUUID().toString();
    }
}
