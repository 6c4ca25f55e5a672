package com.creatorcompass.graphql.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Objects;

/**
 * Which operations' answers may be kept: queries that select only {@value #ROOT} (aliases allowed),
 * whose answer is a creator's analytics — the same for every signed-in user, and changed only by the
 * warehouse and the series (docs/architecture.md, "Response cache"). Decided once per document and
 * operation name.
 */
final class CacheableDocuments {

    static final String ROOT = "creator";
    private static final String TYPENAME = "__typename";

    private record Operation(String document, String name) {}

    private final Cache<Operation, Boolean> decided;

    CacheableDocuments(int maximum) {
        this.decided = Caffeine.newBuilder().maximumSize(maximum).build();
    }

    boolean cacheable(String document, String operationName) {
        if (document == null) {
            return false;
        }
        return decided.get(new Operation(document, operationName), CacheableDocuments::decide);
    }

    private static boolean decide(Operation operation) {
        Document parsed;
        try {
            parsed = Parser.parse(operation.document());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition chosen = operations.stream()
                .filter(o -> operation.name() == null
                        ? operations.size() == 1
                        : Objects.equals(o.getName(), operation.name()))
                .findFirst()
                .orElse(null);
        if (chosen == null || chosen.getOperation() != OperationDefinition.Operation.QUERY) {
            return false;
        }
        boolean readsACreator = false;
        for (Selection<?> selection : chosen.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field)) {
                return false; // a fragment at the root could select anything
            }
            if (field.getName().equals(ROOT)) {
                readsACreator = true;
            } else if (!field.getName().equals(TYPENAME)) {
                return false;
            }
        }
        return readsACreator;
    }
}
