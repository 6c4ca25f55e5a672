package com.creatorcompass.query.changes;

import java.util.Collection;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Tells every API process which creators' warehouse or series rows a transaction changed: a NOTIFY on
 * {@value #CHANNEL}, sent in the writer's transaction, so PostgreSQL delivers it only if and when
 * that transaction commits, after its rows are visible. The live projection, the live series sink
 * and the replays' table swaps call in; {@link ChangeFeed} hears it in each API process.
 */
public class ChangeNotifier {

    static final String CHANNEL = "compass_changes";
    /** The payload that means "anything may have changed". */
    static final String EVERYTHING = "*";

    static final String SEPARATOR = ",";
    /** PostgreSQL refuses payloads of 8,000 bytes and more; a longer list is sent as "everything". */
    static final int MAX_PAYLOAD = 7_900;

    private final DSLContext sql;

    public ChangeNotifier(DSLContext sql) {
        this.sql = sql;
    }

    /** In the caller's transaction. Identical notices of one transaction reach listeners once. */
    public void creatorsChanged(Collection<String> creatorIds) {
        if (creatorIds.isEmpty()) {
            return;
        }
        notify(payload(creatorIds));
    }

    /** In the caller's transaction: whole tables were replaced. */
    public void everythingChanged() {
        notify(EVERYTHING);
    }

    static String payload(Collection<String> creatorIds) {
        String joined = String.join(SEPARATOR, new TreeSet<>(creatorIds));
        return joined.length() > MAX_PAYLOAD ? EVERYTHING : joined;
    }

    private void notify(String payload) {
        sql.execute("select pg_notify(?, ?)", CHANNEL, payload);
    }
}
