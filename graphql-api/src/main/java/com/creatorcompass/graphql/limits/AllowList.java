package com.creatorcompass.graphql.limits;

import com.creatorcompass.graphql.GraphQlProperties;
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
        return !enforced || documents.contains(normalize(document));
    }

    static String normalize(String document) {
        return document.replaceAll("#[^\\n]*", " ").replaceAll("\\s+", " ").strip();
    }
}
