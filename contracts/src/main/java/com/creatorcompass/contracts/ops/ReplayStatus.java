package com.creatorcompass.contracts.ops;

import java.util.List;

/** Each event processor segment's lag, and the replays started here, newest first. */
public record ReplayStatus(List<ProcessorLag> processors, List<ReplayRun> replays) {

    public ReplayStatus {
        processors = List.copyOf(processors);
        replays = List.copyOf(replays);
    }

    /** {@code behind}: events stored that the processor has not handled; null when unknown. */
    public record ProcessorLag(String processor, int segment, Long behind) {}
}
