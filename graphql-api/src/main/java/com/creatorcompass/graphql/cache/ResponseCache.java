package com.creatorcompass.graphql.cache;

import com.creatorcompass.contracts.query.ReadModelNews;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;

/**
 * Answers kept in memory, each with the creators it read, and dropped when one of them changes. What
 * changed is heard as {@link ReadModelNews} (PostgreSQL's NOTIFY, sent by the writers' transactions,
 * heard by every API process), so every instance drops its own copies.
 *
 * <p>Changes are numbered as they are heard. An answer remembers the number current when its reads
 * began; it is served only while none of its creators (and not everything) changed after that. So an
 * answer that read rows a moment before a change and was kept a moment after it is never served. Until
 * changes can be heard, and while they cannot, nothing is kept.
 */
public final class ResponseCache {

    /**
     * What identifies an answer: the document, its operation, its variables and the UTC day (a view of
     * "now" reads the year up to today).
     */
    record Key(String document, String operationName, Map<String, Object> variables, LocalDate day) {}

    private record Answer(String json, Set<String> creatorIds, long readSince) {}

    private final Cache<Key, Answer> answers;
    /** The number of each creator's latest change, kept as long as an answer read before it may be kept. */
    private final Cache<String, Long> changedAt;

    private final AtomicLong changes = new AtomicLong();
    private volatile long everythingChangedAt;
    private volatile boolean hearing;

    /**
     * @param maxBytes   the JSON kept at most
     * @param timeToLive how long an answer is kept at most (a view of "now" ages: its STALE flag, its
     *                   default range)
     * @param longestRead how long a request may take (its answer can be kept at its end)
     */
    public ResponseCache(long maxBytes, Duration timeToLive, Duration longestRead) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) ->
                        answer.json().length() + key.document().length())
                .expireAfterWrite(timeToLive)
                .build();
        this.changedAt = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive.plus(longestRead).plus(longestRead))
                .build();
    }

    /** Whether answers are kept now: changes can be heard. */
    public boolean serving() {
        return hearing;
    }

    /** The number an answer's reads start from; pass it to {@link #keep}. */
    long readingSince() {
        return changes.get();
    }

    /** A kept answer's JSON (its {@code data}), or null. */
    String answer(Key key) {
        if (!hearing) {
            return null;
        }
        Answer answer = answers.getIfPresent(key);
        if (answer == null) {
            return null;
        }
        if (!current(answer)) {
            answers.asMap().remove(key, answer);
            return null;
        }
        return answer.json();
    }

    /** Keeps an answer that read these creators, unless one changed since its reads began. */
    void keep(Key key, String json, Set<String> creatorIds, long readSince) {
        Answer answer = new Answer(json, creatorIds, readSince);
        if (hearing && !creatorIds.isEmpty() && current(answer)) {
            answers.put(key, answer);
        }
    }

    private boolean current(Answer answer) {
        if (everythingChangedAt > answer.readSince()) {
            return false;
        }
        for (String creatorId : answer.creatorIds()) {
            Long changed = changedAt.getIfPresent(creatorId);
            if (changed != null && changed > answer.readSince()) {
                return false;
            }
        }
        return true;
    }

    /** Published by the process's change feed (query side), in the order PostgreSQL delivered the notices. */
    @EventListener
    public void hear(ReadModelNews news) {
        long number = changes.incrementAndGet();
        if (news instanceof ReadModelNews.CreatorsChanged changed) {
            changed.creatorIds().forEach(creatorId -> changedAt.put(creatorId, number));
            return;
        }
        everythingChangedAt = number;
        answers.invalidateAll();
        hearing = news instanceof ReadModelNews.EverythingChanged;
    }

    /** How many answers are kept (estimated). */
    public long size() {
        return answers.estimatedSize();
    }
}
