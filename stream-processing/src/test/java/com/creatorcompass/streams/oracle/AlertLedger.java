package com.creatorcompass.streams.oracle;

import com.creatorcompass.contracts.stream.Alert;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Raises alerts under their stable ids and retracts the ones a recomputation no longer supports; it
 * remembers which are up so a retraction (a tombstone) is sent only for an alert that was raised.
 */
final class AlertLedger {

    private final ProcessorContext<String, Object> context;
    private final KeyValueStore<String, String> active;

    AlertLedger(ProcessorContext<String, Object> context, KeyValueStore<String, String> active) {
        this.context = context;
        this.active = active;
    }

    void raise(Alert alert, long timestamp) {
        active.put(alert.id(), "");
        context.forward(new Record<>(alert.id(), alert, timestamp), Outputs.ALERTS);
    }

    void retract(String id, long timestamp) {
        if (active.get(id) != null) {
            active.delete(id);
            context.forward(new Record<>(id, null, timestamp), Outputs.ALERTS);
        }
    }
}
