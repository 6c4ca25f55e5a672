package com.creatorcompass.app;

import com.creatorcompass.app.cli.CompassCli;
import java.io.PrintWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.observation.graphql.GraphQlObservationAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;

/**
 * Creator Compass in one process. Without arguments it runs the service (the demo by default);
 * with a command ({@code track}, {@code record-snapshot}, {@code events}, ...) it runs that command
 * against the same database and exits.
 */
// Kafka is wired by KafkaConfiguration (a named cluster or the in-process broker); Spring for Apache
// Kafka is here for the series sink's listener container, not for Boot's own Kafka beans. GraphQL
// requests are observed by graphql-api's ObservedOperations, not by an instrumentation called per field.
@SpringBootApplication(
        scanBasePackages = "com.creatorcompass",
        exclude = {KafkaAutoConfiguration.class, GraphQlObservationAutoConfiguration.class})
public class CompassApplication {

    public static void main(String[] args) {
        // Axon asks the internet for updates unless told not to.
        System.setProperty("axoniq.update-checker.disabled", "true");
        // jOOQ prints a banner and a tip of the day at start unless told not to.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (CompassCli.isCommand(args)) {
            System.exit(CompassCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        }
        SpringApplication.run(CompassApplication.class, args);
    }
}
