package com.creatorcompass.query;

import com.creatorcompass.query.accounts.AccountReads;
import com.creatorcompass.query.accounts.AccountsProjection;
import com.creatorcompass.query.activity.ActivityListener;
import com.creatorcompass.query.activity.ActivityNotifier;
import com.creatorcompass.query.changes.ChangeFeed;
import com.creatorcompass.query.changes.ChangeNotifier;
import com.creatorcompass.query.notices.NoticeChannel;
import com.creatorcompass.query.notices.NoticeListener;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The warehouse: its schema (Flyway) and the projection that fills it. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QuerySideConfiguration.class);

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
            ObjectProvider<EventProcessingConfiguration> processors,
            ChangeNotifier changes) {
        return new WarehouseReplay(
                sql,
                events,
                tokens,
                new TransactionTemplate(transactions),
                Optional.ofNullable(processors.getIfAvailable()),
                changes);
    }

    @Bean
    public SeriesGeneration seriesGeneration(DSLContext sql, ChangeNotifier changes) {
        return new SeriesGeneration(sql, changes);
    }

    @Bean
    public ChangeNotifier changeNotifier(DSLContext sql) {
        return new ChangeNotifier(sql);
    }

    @Bean
    public ProjectionStatus projectionStatus(DSLContext sql) {
        return new ProjectionStatus(sql);
    }

    /** Off for CLI commands, which do one thing and exit; the service keeps the warehouse current. */
    @Bean
    @ConditionalOnProperty(name = "compass.query.projections-enabled", havingValue = "true", matchIfMissing = true)
    public WarehouseProjection warehouseProjection(DSLContext sql, ActivityNotifier activity, ChangeNotifier changes) {
        return new WarehouseProjection(new WarehouseWriter(sql, changes), activity);
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

    /**
     * What an API process listens for: live activity for its subscribers, and changes for the answers
     * it keeps — unless its analytics reads come from a replica, which may replay a change after the
     * primary's notice of it arrived (then nothing is kept: no {@link ChangeFeed}). Off in workers,
     * which have neither.
     */
    @Bean
    @ConditionalOnProperty(name = "compass.query.notice-listener", havingValue = "true", matchIfMissing = true)
    public NoticeListener noticeListener(
            DataSource dataSource,
            DSLContext sql,
            QueryUpdateEmitter emitter,
            ApplicationEventPublisher events,
            @Qualifier(ANALYTICS_READS) ObjectProvider<DSLContext> reads) {
        List<NoticeChannel> channels = new ArrayList<>();
        channels.add(new ActivityListener(sql, emitter));
        if (reads.getIfAvailable(() -> sql) == sql) {
            channels.add(new ChangeFeed(events::publishEvent));
        } else {
            log.info("Analytics reads come from a replica: no answers are kept in memory (no change feed)");
        }
        return new NoticeListener(dataSource, channels);
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
