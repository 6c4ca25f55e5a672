package com.creatorcompass.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event handler that fails fails its batch. Axon's default logs the failure and goes on to the
 * next event, which for a projection means an event silently missing from the read model once the
 * batch commits (a statement refused while the database restarts, say). Propagated instead, the
 * batch rolls back and the tracking processor retries it, backing off, from its last token; a
 * subscribing projection's failure fails the command it runs in.
 */
@Configuration(proxyBeanMethods = false)
public class HandlerFailures {

    @Bean
    public ConfigurerModule propagateHandlerFailures() {
        return configurer ->
                configurer.eventProcessing(processing -> processing.registerDefaultListenerInvocationErrorHandler(
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
