package com.creatorcompass.query;

import com.creatorcompass.query.projection.WarehouseProjection;
import com.creatorcompass.query.read.CreatorQueries;
import com.creatorcompass.query.projection.WarehouseWriter;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.series.SeriesGeneration;
import com.creatorcompass.query.replay.WarehouseReplay;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warehouse: its schema (Flyway) and the projection that fills it. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway warehouseFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).schemas("warehouse", "analytics", "series")
                .locations("classpath:db/migration/warehouse").load();
    }

    @Bean
    public CreatorQueries creatorQueries(DSLContext sql) {
        return new CreatorQueries(sql);
    }

    @Bean
    public WarehouseReplay warehouseReplay(DSLContext sql, EventStorageEngine events, TokenStore tokens,
                                           PlatformTransactionManager transactions,
                                           ObjectProvider<EventProcessingConfiguration> processors) {
        return new WarehouseReplay(sql, events, tokens, new TransactionTemplate(transactions),
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
    public WarehouseProjection warehouseProjection(DSLContext sql) {
        return new WarehouseProjection(new WarehouseWriter(sql));
    }
}
