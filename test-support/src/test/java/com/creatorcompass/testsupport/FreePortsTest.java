package com.creatorcompass.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void ports_come_from_below_the_ephemeral_range_and_are_free() throws Exception {
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.one();
            assertThat(port).isBetween(FreePorts.FROM, FreePorts.UNTIL - 1);
            try (ServerSocket bound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(bound.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void a_pair_has_its_successor_free_too_and_a_taken_port_is_not_free() throws Exception {
        int port = FreePorts.pair();
        assertThat(FreePorts.free(port)).isTrue();
        assertThat(FreePorts.free(port + 1)).isTrue();
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.free(port)).isFalse();
        }
    }
}
