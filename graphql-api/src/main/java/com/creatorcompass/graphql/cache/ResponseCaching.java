package com.creatorcompass.graphql.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import graphql.ExecutionResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Answers a creator's analytics from {@link ResponseCache} when nothing it read has changed, after the
 * caller passed every check (signed in, within their allowance, allow-listed): a kept answer skips
 * only the execution. An answer is kept as its JSON, which is also what is sent, so it is written once.
 * Answers with errors are not kept.
 */
public final class ResponseCaching implements WebGraphQlInterceptor {

    private final ResponseCache cache;
    private final CacheableDocuments documents = new CacheableDocuments(1_000);
    private final ObjectMapper json;

    public ResponseCaching(ResponseCache cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!cache.serving() || !documents.cacheable(request.getDocument(), request.getOperationName())) {
            return chain.next(request);
        }
        ResponseCache.Key key = new ResponseCache.Key(
                request.getDocument(),
                request.getOperationName(),
                request.getVariables(),
                LocalDate.now(ZoneOffset.UTC));
        String kept = cache.answer(key);
        if (kept != null) {
            return Mono.just(answer(request, kept));
        }
        long readSince = cache.readingSince();
        CreatorsRead read = new CreatorsRead();
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(CreatorsRead.KEY, read)).build());
        return chain.next(request).map(response -> {
            if (!response.isValid() || !response.getErrors().isEmpty()) {
                return response;
            }
            String data = write(response.getData());
            cache.keep(key, data, read.creatorIds(), readSince);
            return response.transform(answer -> answer.data(new RawValue(data)));
        });
    }

    private static WebGraphQlResponse answer(WebGraphQlRequest request, String data) {
        ExecutionResult result =
                ExecutionResult.newExecutionResult().data(new RawValue(data)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer did not serialize", e);
        }
    }
}
