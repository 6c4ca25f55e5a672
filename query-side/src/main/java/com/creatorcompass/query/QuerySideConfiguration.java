package com.creatorcompass.query;

import com.creatorcompass.query.accounts.AccountReads;
import com.creatorcompass.query.accounts.AccountsProjection;
import com.creatorcompass.query.activity.ActivityListener;
import com.creatorcompass.query.activity.ActivityNotifier;
import com.creatorcompass.query.projection.WarehouseProjection;
import com.creatorcompass.query.projection.WarehouseWriter;
import com.creatorcompass.query.read.CreatorHistories;
import com.creatorcompass.query.read.CreatorReads;
import com.creatorcompass.query.read.CreatorSearch;
import com.creatorcompass.query.read.TrendReads;
import com.creatorcompass.query.read.VideoReads;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.replay.WarehouseReplay;
import com.creatorcompass.query.series.SeriesGeneration;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The warehouse: its schema (Flyway) and the projection that fills it. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    /**
     * The analytics reads (dashboards, growth, videos, trends, alerts) may come from a read replica: the
     * app names one DSLContext so; without it, the primary answers. Everything else uses the primary.
     */
    static final String ANALYTICS_READS = "analyticsReads";

    @Bean(initMethod = "migrate")
    public Flyway warehouseFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("warehouse", "analytics", "series", "accounts")
                .locations("classpath:db/migration/warehouse")
                .load();
    }

    @Bean
    public CreatorHistories creatorHistories(
            DSLContext sql, @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        return new CreatorHistories(reads.getIfAvailable(() -> sql));
    }

    @Bean
    public WarehouseReplay warehouseReplay(
            DSLContext sql,
            EventStorageEngine events,
            TokenStore tokens,
            PlatformTransactionManager transactions,
            ObjectProvider<EventProcessingConfiguration> processors) {
        return new WarehouseReplay(
                sql,
                events,
                tokens,
                new TransactionTemplate(transactions),
                Optional.ofNullable(processors.getIfAvailable()));
    }

    @Bean
    public SeriesGeneration seriesGeneration(DSLContext sql) {
        return new SeriesGeneration(sql);
    }

    @Bean
    public ProjectionStatus projectionStatus(DSLContext sql) {
        return new ProjectionStatus(sql);
    }

    /** Off for CLI commands, which do one thing and exit; the service keeps the warehouse current. */
    @Bean
    @ConditionalOnProperty(name = "compass.query.projections-enabled", havingValue = "true", matchIfMissing = true)
    public WarehouseProjection warehouseProjection(DSLContext sql, ActivityNotifier activity) {
        return new WarehouseProjection(new WarehouseWriter(sql), activity);
    }

    /** In the command's transaction, so a user reads their own change at once (see the class). */
    @Bean
    public AccountsProjection accountsProjection(DSLContext sql) {
        return new AccountsProjection(sql);
    }

    @Bean
    public ActivityNotifier activityNotifier(DSLContext sql) {
        return new ActivityNotifier(sql);
    }

    /** Where users subscribe (the API); off in workers, which have no subscribers to tell. */
    @Bean
    @ConditionalOnProperty(name = "compass.query.activity-listener", havingValue = "true", matchIfMissing = true)
    public ActivityListener activityListener(DataSource dataSource, DSLContext sql, QueryUpdateEmitter emitter) {
        return new ActivityListener(dataSource, sql, emitter);
    }

    @Bean
    public AccountReads accountQueries(DSLContext sql) {
        return new AccountReads(sql);
    }

    @Bean
    public CreatorReads creatorReads(DSLContext sql, @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        return new CreatorReads(reads.getIfAvailable(() -> sql));
    }

    @Bean
    public CreatorSearch creatorSearch(DSLContext sql, @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        return new CreatorSearch(reads.getIfAvailable(() -> sql));
    }

    @Bean
    public VideoReads videoReads(DSLContext sql, @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        return new VideoReads(reads.getIfAvailable(() -> sql));
    }

    @Bean
    public TrendReads trendReads(DSLContext sql, @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        return new TrendReads(reads.getIfAvailable(() -> sql));
    }
}
