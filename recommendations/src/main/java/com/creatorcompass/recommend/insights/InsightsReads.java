package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.recommend.FindInsights;
import com.creatorcompass.contracts.recommend.InsightReport;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** A creator's insights, computed from its history on each question (two statements). */
public class InsightsReads {

    private final HistoryReader histories;

    public InsightsReads(HistoryReader histories) {
        this.histories = histories;
    }

    @QueryHandler
    public Optional<InsightReport> handle(FindInsights query) {
        return histories.read(query.handle()).map(InsightFinder::find);
    }
}
