package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.graphql.security.SignedInUser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The signed-in user's live feed (GraphQL over WebSocket), from an Axon subscription query. */
@Controller
public class ActivityController {

    private final QueryGateway queries;

    public ActivityController(QueryGateway queries) {
        this.queries = queries;
    }

    @SubscriptionMapping
    public Flux<Activity> myActivity(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return Flux.defer(() -> {
            SubscriptionQueryResult<Activity, Activity> result = queries.subscriptionQuery(
                    new WatchActivity(user.id()),
                    ResponseTypes.instanceOf(Activity.class),
                    ResponseTypes.instanceOf(Activity.class));
            return result.updates().doFinally(signal -> result.cancel());
        });
    }
}
