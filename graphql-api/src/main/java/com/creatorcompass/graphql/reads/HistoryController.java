package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.ops.FindHistoryProgress;
import com.creatorcompass.contracts.ops.HistoryProgress;
import com.creatorcompass.graphql.security.SignedInUser;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The demo's recorded past while it arrives, for the UI's banner; null where nothing records one (outside the demo). */
@Controller
public class HistoryController {

    private final QueryGateway queries;

    public HistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    public CompletableFuture<HistoryProgress> history(Authentication authentication) {
        SignedInUser.of(authentication); // signed-in users only, like every operation
        return queries.query(new FindHistoryProgress(), ResponseTypes.instanceOf(HistoryProgress.class))
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof NoHandlerForQueryException) {
                        return null;
                    }
                    throw failure instanceof CompletionException completion
                            ? completion
                            : new CompletionException(failure);
                });
    }
}
