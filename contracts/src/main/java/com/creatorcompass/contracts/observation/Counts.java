package com.creatorcompass.contracts.observation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts an observation holds, whichever they are, so a rule over "every count" names none of them. */
public final class Counts {

    private static final ClassValue<List<RecordComponent>> COUNT_FIELDS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getType() == Count.class)
                    .toList();
        }
    };

    private Counts() {}

    /** The known counts of {@code observation}, in its fields' order (unknown ones left out). */
    public static List<Count> of(Record observation) {
        return List.copyOf(named(observation).values());
    }

    /** Whether every count of {@code observation} is known and exact. */
    public static boolean allExact(Record observation) {
        for (RecordComponent component : COUNT_FIELDS.get(observation.getClass())) {
            if (!Count.isExact(read(component, observation))) {
                return false;
            }
        }
        return true;
    }

    /** The known counts of {@code observation} by field name, in its fields' order. */
    public static Map<String, Count> named(Record observation) {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (RecordComponent component : COUNT_FIELDS.get(observation.getClass())) {
            Count count = read(component, observation);
            if (count != null) {
                counts.put(component.getName(), count);
            }
        }
        return counts;
    }

    private static Count read(RecordComponent component, Record observation) {
        try {
            return (Count) component.getAccessor().invoke(observation);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
