package com.creatorcompass.contracts.query;

import java.util.List;

/** Creators by handle, each as of {@code asOf}; answered with {@link CreatorsFound} (unknown handles left out). */
public record FindCreators(List<String> handles, AsOf asOf) {

    public FindCreators {
        handles = List.copyOf(handles);
    }
}
