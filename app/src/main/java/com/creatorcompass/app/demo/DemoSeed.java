package com.creatorcompass.app.demo;

import com.creatorcompass.command.creator.HandleClaims;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives a first demo start something to show: three synthetic creators with four weeks of daily
 * observations, all labelled SIMULATION. Runs only on an empty store, so restarts add nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "compass.demo.seed", havingValue = "true", matchIfMissing = true)
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    static final List<SyntheticCreator> CREATORS = List.of(
            new SyntheticCreator("compass.demo.dance", "Demo Dance", 182_000, 0.012, "dance", "fyp"),
            new SyntheticCreator("compass.demo.books", "Demo Books", 41_500, 0.021, "booktok", "reading"),
            new SyntheticCreator("compass.demo.kitchen", "Demo Kitchen", 9_800, 0.035, "cooking", "recipe"));
    static final int DAYS = 28;

    private final CommandGateway commands;
    private final HandleClaims handles;
    private final Clock clock;

    DemoSeed(CommandGateway commands, HandleClaims handles, Clock clock) {
        this.commands = commands;
        this.handles = handles;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (handles.ownerOf(CREATORS.get(0).handle()).isPresent()) {
            return;
        }
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        for (SyntheticCreator creator : CREATORS) {
            String creatorId = commands.sendAndWait(new TrackCreator(creator.handle(), "demo"));
            for (int day = DAYS; day >= 1; day--) {
                commands.sendAndWait(creator.scrape(creatorId, today.minus(Duration.ofDays(day)).plus(Duration.ofHours(18)), DAYS - day));
            }
        }
        log.info("Demo: tracked {} simulated creators with {} days of history each", CREATORS.size(), DAYS);
    }

    /** A creator whose followers grow by a fixed daily rate and who posts a video every other day. */
    record SyntheticCreator(String handle, String nickname, long followers, double dailyGrowth, String niche, String tag) {

        RecordScrape scrape(String creatorId, Instant capturedAt, int day) {
            long follows = Math.round(followers * Math.pow(1 + dailyGrowth, day));
            List<VideoObservation> videos = new ArrayList<>();
            for (int posted = day - day % 2; posted >= 0 && videos.size() < 5; posted -= 2) {
                long ageHours = (day - posted) * 24L + 6;
                long views = Math.round(follows * 0.4 * (1 - Math.exp(-ageHours / 30.0)));
                videos.add(new VideoObservation(handle.hashCode() + "-" + posted, capturedAt,
                        capturedAt.minus(Duration.ofHours(ageHours)), "Day " + posted + " #" + niche + " #" + tag,
                        List.of(niche, tag), 15 + posted % 45, Count.exact(views), Count.exact(views / 9),
                        Count.exact(views / 140), Count.exact(views / 400), Count.exact(views / 250)));
            }
            ProfileObservation profile = new ProfileObservation(capturedAt, null, null, nickname,
                    "Simulated creator for the Creator Compass demo", false, Count.exact(follows), Count.exact(180),
                    Count.exact(follows * 14), Count.exact(40 + day / 2));
            return new RecordScrape(creatorId, handle + "-day-" + day, SnapshotSource.SIMULATION, profile, videos);
        }
    }
}
