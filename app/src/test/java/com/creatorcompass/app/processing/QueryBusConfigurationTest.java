package com.creatorcompass.app.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;

/** The read side's query bus: no unit-of-work watchdog per query; every other interceptor still runs. */
class QueryBusConfigurationTest {

    /** What Axon's Spring Boot module registers on the query bus: here stopping a query after 50 ms. */
    private static final UnitOfWorkTimeoutInterceptor WATCHDOG =
            new UnitOfWorkTimeoutInterceptor("QueryBus", 50, -1, -1);

    @Test
    void axons_own_bus_interrupts_a_query_past_its_unit_of_work_timeout() throws Exception {
        SimpleQueryBus axons = SimpleQueryBus.builder().build();
        axons.registerHandlerInterceptor(WATCHDOG);

        assertThat(slowQuery(axons).get().exceptionResult()).isInstanceOf(AxonTimeoutException.class);
    }

    @Test
    void the_read_sides_bus_refuses_the_watchdog_and_answers() throws Exception {
        SimpleQueryBus reads = new QueryBusConfiguration.ReadsOnlyQueryBus(SimpleQueryBus.builder());
        reads.registerHandlerInterceptor(WATCHDOG);

        QueryResponseMessage<String> answer = slowQuery(reads).get();

        assertThat(answer.isExceptional()).isFalse();
        assertThat(answer.getPayload()).isEqualTo("answered");
    }

    @Test
    void the_read_sides_bus_runs_every_other_interceptor() throws Exception {
        SimpleQueryBus reads = new QueryBusConfiguration.ReadsOnlyQueryBus(SimpleQueryBus.builder());
        AtomicInteger intercepted = new AtomicInteger();
        reads.registerHandlerInterceptor((unitOfWork, chain) -> {
            intercepted.incrementAndGet();
            return chain.proceed();
        });

        slowQuery(reads).get();

        assertThat(intercepted).hasValue(1);
    }

    /** A handler that takes 300 ms: six times the watchdog's limit. */
    private static CompletableFuture<QueryResponseMessage<String>> slowQuery(SimpleQueryBus bus) {
        bus.subscribe("slow", String.class, query -> {
            Thread.sleep(300);
            return "answered";
        });
        return bus.query(new GenericQueryMessage<>("payload", "slow", ResponseTypes.instanceOf(String.class)));
    }
}
