package com.creatorcompass.app.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

/** Axon's messages get their identifiers from a generator per thread: random version-4 UUIDs, never the same twice. */
class MessageIdentifiersTest {

    @Test
    void axon_finds_it() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(MessageIdentifiers.class);
    }

    @Test
    void identifiers_are_version_4_uuids_distinct_across_threads() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        IdentifierFactory identifiers = new MessageIdentifiers();
        for (int t = 0; t < 8; t++) {
            threads.submit(() -> {
                for (int i = 0; i < 25_000; i++) {
                    seen.add(identifiers.generateIdentifier());
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(seen).hasSize(200_000);
        assertThat(seen).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        });
    }
}
