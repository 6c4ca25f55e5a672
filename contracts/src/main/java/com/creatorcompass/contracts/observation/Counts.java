package com.creatorcompass.contracts.observation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The counts an observation holds, whichever they are, so a rule over "every count" names none of them. */
public final class Counts {

    private Counts() {}

    /** The known counts of {@code observation}, in its fields' order (unknown ones left out). */
    public static List<Count> of(Record observation) {
        List<Count> counts = new ArrayList<>();
        for (RecordComponent component : observation.getClass().getRecordComponents()) {
            if (component.getType() == Count.class) {
                try {
                    Count count = (Count) component.getAccessor().invoke(observation);
                    if (count != null) {
                        counts.add(count);
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
            }
        }
        return counts;
    }
}
