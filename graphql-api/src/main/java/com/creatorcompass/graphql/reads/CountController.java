package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL {@code Count}. */
@Controller
@SchemaMapping(typeName = "Count")
public class CountController {

    /** Deprecated in the schema: {@code precision} says which of ROUNDED and AT_LEAST "not exact" is. */
    @SchemaMapping
    public boolean exact(Count count) {
        return count.precision() == Precision.EXACT;
    }
}
