package com.creatorcompass.command;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code compass.command.*}: how the command side keeps creators at hand. The defaults live in
 * application.yml alone (the README's table is generated from it).
 */
@ConfigurationProperties("compass.command")
public record CommandProperties(Integer snapshotThreshold, Long cachedCreators) {

    public CommandProperties {
        Objects.requireNonNull(snapshotThreshold, "compass.command.snapshot-threshold is required");
        Objects.requireNonNull(cachedCreators, "compass.command.cached-creators is required");
    }
}
