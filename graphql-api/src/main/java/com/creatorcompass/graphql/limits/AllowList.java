package com.creatorcompass.graphql.limits;

import com.creatorcompass.graphql.GraphQlProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The operations the web UI ships ({@code classpath:graphql-client/*.graphql}). With
 * {@code compass.graphql.allow-list-only=true} only those documents run (whitespace and comments
 * aside): a stolen token then cannot run arbitrary queries. Off by default so GraphiQL and analysts'
 * clients work; CI checks the same documents against the schema.
 */
@Component
public class AllowList {

    private final boolean enforced;
    private final Set<String> documents = new HashSet<>();
    /** Clients send the same few documents over and over: each is normalized once. */
    private final Cache<String, Boolean> decided =
            Caffeine.newBuilder().maximumSize(1_000).build();

    @Autowired
    public AllowList(GraphQlProperties properties) {
        this(properties.allowListOnly());
    }

    AllowList(boolean enforced) {
        this.enforced = enforced;
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:graphql-client/*.graphql")) {
                documents.add(normalize(resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean permits(String document) {
        return !enforced || ships(document);
    }

    /** Whether the document is one the web UI ships, enforced or not. */
    public boolean ships(String document) {
        return document != null && decided.get(document, text -> documents.contains(normalize(text)));
    }

    static String normalize(String document) {
        return document.replaceAll("#[^\\n]*", " ").replaceAll("\\s+", " ").strip();
    }
}
