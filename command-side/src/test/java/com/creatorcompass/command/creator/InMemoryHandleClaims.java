package com.creatorcompass.command.creator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** For aggregate specifications; JdbcHandleClaims is proven against PostgreSQL in the integration tests. */
class InMemoryHandleClaims implements HandleClaims {

    private final Map<String, String> owners = new ConcurrentHashMap<>();

    InMemoryHandleClaims with(String handle, String creatorId) {
        owners.put(handle, creatorId);
        return this;
    }

    @Override
    public Claim claim(String handle, String candidateCreatorId) {
        String existing = owners.putIfAbsent(handle, candidateCreatorId);
        return existing == null ? new Claim(candidateCreatorId, true) : new Claim(existing, false);
    }

    @Override
    public Optional<String> ownerOf(String handle) {
        return Optional.ofNullable(owners.get(handle));
    }
}
