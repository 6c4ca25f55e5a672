package com.creatorcompass.contracts.query;

import java.util.List;

public record CreatorsFound(List<CreatorKpis> creators) {

    public CreatorsFound {
        creators = List.copyOf(creators);
    }
}
