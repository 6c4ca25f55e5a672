package com.creatorcompass.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;

/**
 * The API benchmark's floor ({@code -Dbench.api.floor=true}): every query the API sends over Axon's
 * query bus is answered, after its first time, from memory. A dashboard then costs what HTTP, the
 * sign-in check, the allowance, GraphQL, the data loaders, the bus and JSON cost, without SQL or its
 * mapping: the most the read layers could ever win. The warm-up asks every cold creator once, so the
 * measured phases read no table.
 */
final class ReadsFromMemory implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    static final boolean ENABLED = Boolean.getBoolean("bench.api.floor");

    private final Map<Object, Object> answers = new ConcurrentHashMap<>();

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object query = unitOfWork.getMessage().getPayload();
        Object kept = answers.get(query);
        if (kept != null) {
            return kept;
        }
        Object answer = chain.proceed();
        answers.put(query, answer);
        return answer;
    }
}
