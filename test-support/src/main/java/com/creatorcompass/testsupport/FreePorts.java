package com.creatorcompass.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test starts later (often in a child process). Never from the kernel's
 * ephemeral range (32768–60999 on Linux), which {@code new ServerSocket(0)} hands out: between the
 * pick and the bind, any outgoing connection (a browser, a JDBC pool) may take the same number as its
 * source port, and the server then fails with "Address already in use".
 */
public final class FreePorts {

    static final int FROM = 20_000;
    static final int UNTIL = 32_000;

    private FreePorts() {}

    /** A port nothing listens on now, below the ephemeral range. */
    public static int one() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FROM, UNTIL);
            if (free(port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("no free port in [" + FROM + ", " + UNTIL + ")"));
    }

    /** A port whose successor is free too (the in-process broker's controller listens there). */
    public static int pair() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = one();
            if (free(port + 1)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("no two adjacent free ports in [" + FROM + ", " + UNTIL + ")"));
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
