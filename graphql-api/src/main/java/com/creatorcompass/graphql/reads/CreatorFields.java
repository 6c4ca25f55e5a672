package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.query.CreatorKpis;
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
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code Creator} fields that are its KPIs' ({@link CreatorKpis}) or its latest profile
 * observation's ({@link ProfileObservation}), read by their one name: a field added to the observation
 * and to the schema needs no code here. A profile field is null while the creator is not observed.
 */
@Component
public class CreatorFields implements RuntimeWiringConfigurer {

    static final String TYPE = "Creator";

    private TypeDefinitionRegistry registry;

    @Override
    public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        ObjectTypeDefinition creator = registry.getType(TYPE, ObjectTypeDefinition.class)
                .orElseThrow(() -> new IllegalStateException("the schema has no " + TYPE));
        @SuppressWarnings("rawtypes")
        Map<String, DataFetcher> fetchers = new LinkedHashMap<>();
        for (FieldDefinition field : creator.getFieldDefinitions()) {
            String name = field.getName();
            Optional<MethodHandle> kpi = accessor(CreatorKpis.class, name);
            Optional<MethodHandle> observed = accessor(ProfileObservation.class, name);
            if (kpi.isPresent()) {
                fetchers.put(name, environment -> invoke(kpi.get(), ((CreatorNode) environment.getSource()).kpis()));
            } else if (observed.isPresent()) {
                fetchers.put(name, environment -> {
                    ProfileObservation profile =
                            ((CreatorNode) environment.getSource()).kpis().profile();
                    return profile == null ? null : invoke(observed.get(), profile);
                });
            }
        }
        wiring.type(TYPE, type -> type.dataFetchers(fetchers));
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

    private static Object invoke(MethodHandle accessor, Object source) {
        try {
            return accessor.invoke(source);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a Creator field", e);
        }
    }
}
