package com.creatorcompass.app.demo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo process's memory as the operating system sees it (resident set: heap, metaspace, threads,
 * RocksDB, the in-process broker's buffers) beside the Java heap. Resident is null where the system
 * does not say (no /proc).
 */
public record ProcessMemory(Long residentBytes, long heapUsedBytes, long heapCommittedBytes, long heapMaxBytes) {

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

    public static ProcessMemory now() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new ProcessMemory(
                resident(Path.of("/proc/self/status")), heap.getUsed(), heap.getCommitted(), heap.getMax());
    }

    static Long resident(Path status) {
        try {
            Matcher rss = VM_RSS.matcher(Files.readString(status));
            return rss.find() ? Long.parseLong(rss.group(1)) * 1024 : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    public String describe() {
        return String.format(
                Locale.ROOT,
                "resident %s, heap %d MB used of %d MB committed (at most %d MB)",
                residentBytes == null ? "unknown" : (residentBytes >> 20) + " MB",
                heapUsedBytes >> 20,
                heapCommittedBytes >> 20,
                heapMaxBytes >> 20);
    }
}
