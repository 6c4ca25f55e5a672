package com.creatorcompass.contracts.query;

import java.util.List;

public record HashtagTrendsFound(List<HashtagTrend> trends) {

    public HashtagTrendsFound {
        trends = List.copyOf(trends);
    }
}
