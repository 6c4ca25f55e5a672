package com.creatorcompass.app.demo;

import com.creatorcompass.command.creator.HandleClaims;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticCreator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives a first demo start something to follow: the stand-in site's first two creators of every
 * niche are tracked, and the scraper takes it from there. Runs only on an empty store.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "compass.demo.seed", havingValue = "true", matchIfMissing = true)
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final CommandGateway commands;
    private final HandleClaims handles;
    private final StandInSite site;

    DemoSeed(CommandGateway commands, HandleClaims handles, StandInSite site) {
        this.commands = commands;
        this.handles = handles;
        this.site = site;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<SyntheticCreator> seeded = seeded(site);
        if (handles.ownerOf(seeded.get(0).handle()).isPresent()) {
            return;
        }
        seeded.forEach(creator -> commands.sendAndWait(new TrackCreator(creator.handle(), "demo")));
        log.info("Demo: tracking {} creators of the stand-in site at {}", seeded.size(), site.baseUrl());
    }

    static List<SyntheticCreator> seeded(StandInSite site) {
        Map<String, List<SyntheticCreator>> byNiche = site.world().creators().stream()
                .collect(Collectors.groupingBy(SyntheticCreator::niche, java.util.LinkedHashMap::new, Collectors.toList()));
        return byNiche.values().stream().flatMap(creators -> creators.stream().limit(2)).toList();
    }
}
