package com.creatorcompass.command;

import com.creatorcompass.command.creator.CreatorIds;
import com.creatorcompass.contracts.creator.CreatorCommand;
import com.creatorcompass.contracts.user.UserCommand;
import java.time.Clock;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /** Commands name their aggregate through the contracts' interfaces, not through Axon annotations. */
    @Bean
    public CommandTargetResolver contractCommandTargets() {
        return command -> {
            Object payload = command.getPayload();
            if (payload instanceof CreatorCommand creatorCommand) {
                return new VersionedAggregateIdentifier(creatorCommand.creatorId(), null);
            }
            if (payload instanceof UserCommand userCommand) {
                return new VersionedAggregateIdentifier(userCommand.userId(), null);
            }
            throw new IllegalArgumentException(command.getCommandName() + " names no aggregate");
        };
    }

    /**
     * A creator scraped three times a day gathers tens of thousands of events a year; a snapshot
     * every {@code threshold} events bounds what a load reads.
     */
    @Bean
    public SnapshotTriggerDefinition creatorSnapshotTrigger(
            Snapshotter snapshotter, @Value("${compass.command.snapshot-threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Keeps recently used creators in memory; the event store stays the truth (a stale entry fails on append). */
    @Bean
    public Cache creatorCache() {
        return new WeakReferenceCache();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public CreatorIds creatorIds() {
        return CreatorIds.random();
    }
}
