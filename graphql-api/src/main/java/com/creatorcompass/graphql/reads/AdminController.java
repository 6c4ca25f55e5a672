package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.ops.FindReplayStatus;
import com.creatorcompass.contracts.ops.ReplayStatus;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.errors.ErrorCode;
import com.creatorcompass.graphql.security.SignedInUser;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** What only admins see: projection lag and replays. */
@Controller
public class AdminController {

    private final QueryGateway queries;

    public AdminController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    public CompletableFuture<ReplayStatus> replayStatus(Authentication authentication) {
        if (!SignedInUser.of(authentication).isAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "replay status needs the admin role");
        }
        return queries.query(new FindReplayStatus(), ResponseTypes.instanceOf(ReplayStatus.class));
    }
}
