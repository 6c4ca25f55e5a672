package com.creatorcompass.streams.runtime;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * All of a process's state stores share one RocksDB block cache, and their memtables count against
 * it: the off-heap memory of every store together stays within {@link #TOTAL_BYTES}, however many
 * stores and partitions the topology has. (Left to their defaults each store takes its own 50 MB cache
 * and up to three 16 MB memtables; a demo laptop pays that per store and per partition.) The pattern
 * is Kafka Streams' documented "bounded memory" setter.
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Block cache and memtables of all stores together. */
    public static final long TOTAL_BYTES = 64L << 20;
    /** The memtables' share of it. */
    public static final long MEMTABLE_BYTES = 16L << 20;

    // Shared by every store of the process: one cache and one memtable budget, made once.
    private static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, 0.1);
    private static final WriteBufferManager MEMTABLES = new WriteBufferManager(MEMTABLE_BYTES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        // Index and filter blocks in the cache too, so they count against the bound (pinned, so reads stay fast).
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(MEMTABLES);
        options.setMaxWriteBufferNumber(2);
        options.setWriteBufferSize(4L << 20);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the memtable budget are the process's, not the store's: they outlive any one store.
    }
}
