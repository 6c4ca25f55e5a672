package com.creatorcompass.graphql.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct document once: clients send the same few operations over and
 * over, and validating a large one (the dashboard's) costs more than running it. Keyed by the
 * document's text (validation does not depend on variables); documents that fail are not kept.
 */
public final class ParsedDocuments implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;

    public ParsedDocuments(int maximum) {
        this.documents = Caffeine.newBuilder().maximumSize(maximum).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            documents.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
