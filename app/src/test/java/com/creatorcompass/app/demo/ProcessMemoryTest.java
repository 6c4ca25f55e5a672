package com.creatorcompass.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTest {

    @Test
    void the_resident_size_is_read_from_the_kernels_status_in_bytes(@TempDir Path dir) throws Exception {
        Path status = Files.writeString(
                dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9000000 kB\nVmRSS:\t  612345 kB\nThreads:\t80\n");

        assertThat(ProcessMemory.resident(status)).isEqualTo(612_345L * 1024);
    }

    @Test
    void a_system_that_does_not_say_gives_an_unknown_size_never_0(@TempDir Path dir) throws Exception {
        assertThat(ProcessMemory.resident(dir.resolve("missing"))).isNull();
        assertThat(ProcessMemory.resident(Files.writeString(dir.resolve("status"), "Name:\tjava\n")))
                .isNull();
    }

    @Test
    void this_process_reports_its_heap_within_its_bound() {
        ProcessMemory now = ProcessMemory.now();

        assertThat(now.heapUsedBytes()).isPositive().isLessThanOrEqualTo(now.heapCommittedBytes());
        assertThat(now.describe()).startsWith("resident ").contains("MB used of");
    }
}
