package com.creatorcompass.graphql.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A document's verdict under the limits, found once per document and the values of the variables the
 * verdict can depend on: those of the arguments {@link QueryCost} prices and of directives ({@code @skip},
 * {@code @include} decide what is selected, so what is counted). A dashboard's requests differ in their
 * handle alone, which no limit reads: walking the document twice per request (depth, then cost) cost
 * the API about 7 % of a dashboard's CPU (docs/performance.md). Documents are the same instance while
 * their parse is kept ({@code ParsedDocuments}); a document parsed anew is checked anew.
 */
final class CheckedDocuments {

    /** An operation of the document, and the values of the variables its verdict reads. */
    private record Key(String operationName, Map<String, Object> values) {}

    /** What one document's checks need: the variables they read, and the verdicts found so far. */
    private record Checks(Set<String> variables, Cache<Key, Optional<String>> verdicts) {}

    // Weak keys (compared by identity): a document's verdicts live as long as its parse is kept, no longer.
    private final Cache<Document, Checks> documents =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();
    private final LongAdder checked = new LongAdder();

    /** The reason the operation is refused, empty when it may run: {@code check} runs once per key. */
    Optional<String> verdict(ExecutionContext execution, Supplier<Optional<String>> check) {
        Checks checks = documents.get(
                execution.getDocument(),
                document -> new Checks(
                        variablesTheLimitsRead(document),
                        Caffeine.newBuilder().maximumSize(100).build()));
        Map<String, Object> values = new HashMap<>();
        Map<String, Object> coerced = execution.getCoercedVariables().toMap();
        for (String name : checks.variables()) {
            values.put(name, coerced.get(name));
        }
        return checks.verdicts().get(new Key(execution.getOperationDefinition().getName(), values), key -> {
            checked.increment();
            return check.get();
        });
    }

    /** How many times a verdict was found rather than recalled. */
    long checked() {
        return checked.sum();
    }

    static Set<String> variablesTheLimitsRead(Document document) {
        Set<String> names = new HashSet<>();
        collect(document, false, names);
        return Set.copyOf(names);
    }

    private static void collect(Node<?> node, boolean read, Set<String> names) {
        if (read && node instanceof VariableReference variable) {
            names.add(variable.getName());
        }
        boolean below = read
                || node instanceof Directive
                || node instanceof Argument argument && QueryCost.PRICED_ARGUMENTS.contains(argument.getName());
        for (Node<?> child : node.getChildren()) {
            collect(child, below, names);
        }
    }
}
