package com.creatorcompass.app.processing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message identifiers (every command, event, query and query response has one; events keep
 * theirs in the store) as random version-4 UUIDs from a generator per thread. Axon's default,
 * {@code UUID.randomUUID()}, draws from the JVM's one shared {@code NativePRNG}, which reads
 * {@code /dev/urandom} under a global lock: with a dashboard's six messages per request the API's
 * threads queued on it (JFR, docs/performance.md). Each thread's DRBG is seeded from the operating
 * system once, so identifiers stay as unpredictable as before. Found by Axon through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class MessageIdentifiers extends IdentifierFactory {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(MessageIdentifiers::generator);

    @Override
    public String generateIdentifier() {
        return random().toString();
    }

    static UUID random() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no DRBG in this JVM", e);
        }
    }
}
