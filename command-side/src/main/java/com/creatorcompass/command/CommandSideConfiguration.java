package com.creatorcompass.command;

import com.creatorcompass.command.creator.CreatorIds;
import com.creatorcompass.command.user.AccountVerificationPolicy;
import com.creatorcompass.command.user.VerificationCodes;
import com.creatorcompass.contracts.creator.CreatorCommand;
import com.creatorcompass.contracts.user.UserCommand;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.time.Clock;
import java.util.OptionalLong;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
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
     * every {@code snapshot-threshold} events bounds what a load reads.
     */
    @Bean
    public SnapshotTriggerDefinition creatorSnapshotTrigger(Snapshotter snapshotter, CommandProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /**
     * Keeps the most recently used creators in memory so a command rarely reads the event store.
     * Held strongly and bounded: a weak cache is emptied by every garbage collection under load.
     * The event store stays the truth: an entry made stale by another node fails on append.
     */
    @Bean
    public Cache creatorCache(CommandProperties properties) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(properties.cachedCreators()));
        configuration.setStoreByValue(false);
        CacheManager manager = Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager();
        String name = "creators-" + System.identityHashCode(this);
        return new JCacheAdapter(manager.createCache(name, configuration));
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public AccountVerificationPolicy accountVerificationPolicy(JdbcTemplate jdbc, CommandGateway commands) {
        return new AccountVerificationPolicy(jdbc, commands);
    }

    @Bean
    @ConditionalOnMissingBean
    public VerificationCodes verificationCodes() {
        return new VerificationCodes();
    }

    @Bean
    @ConditionalOnMissingBean
    public CreatorIds creatorIds() {
        return CreatorIds.random();
    }
}
