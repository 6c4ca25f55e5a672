package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.VideoSummary;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The GraphQL fields that are a contract record's own, read by their one name: {@code Creator}'s from
 * its KPIs ({@link CreatorKpis}) and its latest profile observation ({@link ProfileObservation}),
 * {@code Video}'s from its {@link VideoSummary}. A field added to the record and to the schema needs no
 * code here; a field read from a part that is absent (a creator not yet observed) is null.
 */
@Component
public class NamedFields implements RuntimeWiringConfigurer {

    /** Where a node keeps one record whose components are fields of its GraphQL type. */
    record Part<N>(Class<? extends Record> type, Function<N, ?> from) {}

    private static final Map<String, List<Part<?>>> PARTS = Map.of(
            "Creator",
            List.of(
                    new Part<CreatorNode>(CreatorKpis.class, CreatorNode::kpis),
                    new Part<CreatorNode>(
                            ProfileObservation.class, node -> node.kpis().profile())),
            "Video",
            List.of(new Part<VideoNode>(VideoSummary.class, VideoNode::video)));

    private TypeDefinitionRegistry registry;

    @Override
    public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        PARTS.forEach((typeName, parts) -> {
            ObjectTypeDefinition type = registry.getType(typeName, ObjectTypeDefinition.class)
                    .orElseThrow(() -> new IllegalStateException("the schema has no " + typeName));
            @SuppressWarnings("rawtypes")
            Map<String, DataFetcher> fetchers = new LinkedHashMap<>();
            for (FieldDefinition field : type.getFieldDefinitions()) {
                for (Part<?> part : parts) {
                    Optional<MethodHandle> accessor = accessor(part.type(), field.getName());
                    if (accessor.isPresent()) {
                        fetchers.put(field.getName(), fetcher(part, accessor.get()));
                        break;
                    }
                }
            }
            wiring.type(typeName, builder -> builder.dataFetchers(fetchers));
        });
    }

    @SuppressWarnings("unchecked")
    private static <N> DataFetcher<Object> fetcher(Part<N> part, MethodHandle accessor) {
        return environment -> {
            Object record = part.from().apply((N) environment.getSource());
            try {
                return record == null ? null : accessor.invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException(
                        "cannot read " + environment.getField().getName(), e);
            }
        };
    }

    private static Optional<MethodHandle> accessor(Class<? extends Record> type, String name) {
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .map(RecordComponent::getAccessor)
                .findFirst()
                .map(method -> {
                    try {
                        return MethodHandles.publicLookup().unreflect(method);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
