package com.creatorcompass.recommend;

import com.creatorcompass.recommend.features.FeatureCache;
import com.creatorcompass.recommend.features.FeatureReader;
import com.creatorcompass.recommend.insights.HistoryReader;
import com.creatorcompass.recommend.insights.InsightsReads;
import com.creatorcompass.recommend.similar.SimilarCreatorsReads;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Recommendations: read from the warehouse's analyst views, answered over the query bus. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecommendationsProperties.class)
public class RecommendationsConfiguration {

    /** The app's read-replica DSLContext when it names one (the analyst views are on every replica); else the primary. */
    static final String ANALYTICS_READS = "analyticsReads";

    /** One thread rebuilds the feature index in the background; requests never wait for it after the first build. */
    @Bean(destroyMethod = "shutdownNow")
    public ExecutorService featureIndexRefresher() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "feature-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    public FeatureCache featureCache(
            DSLContext sql,
            @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads,
            ExecutorService featureIndexRefresher,
            RecommendationsProperties properties) {
        return new FeatureCache(
                new FeatureReader(reads.getIfAvailable(() -> sql)),
                Clock.systemUTC(),
                properties.checkEvery(),
                properties.rebuildAtLeastEvery(),
                featureIndexRefresher);
    }

    @Bean
    public SimilarCreatorsReads similarCreatorsReads(FeatureCache features) {
        return new SimilarCreatorsReads(features);
    }

    @Bean
    public InsightsReads insightsReads(DSLContext sql, @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        return new InsightsReads(new HistoryReader(reads.getIfAvailable(() -> sql)));
    }
}
