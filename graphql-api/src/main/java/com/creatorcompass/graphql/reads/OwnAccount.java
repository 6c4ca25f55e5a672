package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.Account;
import com.creatorcompass.contracts.query.FindAccount;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.security.SignedInUser;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The caller's own account, and only theirs: the id comes from the access token. */
@Component
public class OwnAccount {

    private final QueryGateway queries;

    public OwnAccount(QueryGateway queries) {
        this.queries = queries;
    }

    public CompletableFuture<MeView> meAsync(SignedInUser user) {
        return queries.query(new FindAccount(user.id()), ResponseTypes.optionalInstanceOf(Account.class))
                .thenApply(found -> MeView.of(
                        found.orElseThrow(() -> ApiException.notFound("no account for this sign-in; sign in again")),
                        user));
    }

    public MeView me(SignedInUser user) {
        return meAsync(user).join();
    }
}
