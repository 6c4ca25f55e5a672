package com.creatorcompass.app.processing;

import org.axonframework.common.Registration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.context.annotation.Bean;

/**
 * Axon's query bus as Spring Boot would build it, but without a transaction or a watchdog around each
 * query. Every query handler only reads, and under READ COMMITTED a transaction gives its statements no
 * common snapshot anyway: without it a dashboard's reads save a connection held across the handler and
 * three round trips each (begin, commit, reset). The API's own time limit ({@code compass.graphql.timeout})
 * bounds a request, so no query needs Axon's timeouts either: the per-handler one is off in application.yml
 * ({@code axon.timeout.handler.queries}), and the unit-of-work one is refused here, as it starts a timed
 * task, with the calling thread's stack captured, for every query (docs/performance.md).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class QueryBusConfiguration {

    @Bean
    public SimpleQueryBus queryBus(Configuration axon) {
        return new ReadsOnlyQueryBus(SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(NoTransactionManager.instance())
                .errorHandler(axon.getComponent(
                        QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class)));
    }

    /** A query bus that takes every handler interceptor but Axon's unit-of-work timeout. */
    static final class ReadsOnlyQueryBus extends SimpleQueryBus {

        ReadsOnlyQueryBus(SimpleQueryBus.Builder builder) {
            super(builder);
        }

        @Override
        public Registration registerHandlerInterceptor(
                MessageHandlerInterceptor<? super QueryMessage<?, ?>> interceptor) {
            if (interceptor instanceof UnitOfWorkTimeoutInterceptor) {
                return () -> true;
            }
            return super.registerHandlerInterceptor(interceptor);
        }
    }
}
