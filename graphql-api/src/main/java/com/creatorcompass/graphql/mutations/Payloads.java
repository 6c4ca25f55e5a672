package com.creatorcompass.graphql.mutations;

import com.creatorcompass.contracts.ops.ReplayRun;
import com.creatorcompass.graphql.reads.CreatorNode;
import com.creatorcompass.graphql.reads.MeView;
import java.util.List;

/** The typed answers of the mutations: the state after the change, or the errors that stopped it. */
final class Payloads {

    private Payloads() {}

    record UserPayload(MeView me, List<MutationError> errors) {}

    record TrackCreatorPayload(CreatorNode creator, MeView me, List<MutationError> errors) {}

    record RequestScrapePayload(boolean scheduled, List<MutationError> errors) {}

    record ReplayPayload(ReplayRun replay, List<MutationError> errors) {}
}
