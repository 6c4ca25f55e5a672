package com.creatorcompass.app.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) inside the app, with its log
 * under the data directory, so the demo keeps its topics across restarts. Kafka's own server classes,
 * not a test kit. If a broker already listens on the port (the demo running beside a CLI command),
 * it is used instead of starting a second one on the same directory.
 */
public final class InProcessKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessKafka.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private InProcessKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** @param port the client port; 0 picks free ports (tests) */
    public static InProcessKafka startOrAttach(Path dataDir, int port) throws IOException {
        if (port != 0 && listening(port)) {
            log.info("Kafka: a broker already listens on 127.0.0.1:{}; using it", port);
            return new InProcessKafka(null, "127.0.0.1:" + port);
        }
        int clientPort = port == 0 ? freePort() : port;
        int controllerPort = port == 0 ? freePort() : port + 1;
        Files.createDirectories(dataDir);
        Map<String, Object> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", dataDir.toAbsolutePath().toString());
        // One node: every internal topic has one replica, and consumer groups start without waiting.
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "4");
        // A laptop-sized broker: the log cleaner's key map (on the heap, cleared on every pass) holds
        // 16 MB rather than 128 MB; the changelogs of one machine's streams fit in it many times over.
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        KafkaConfig kafkaConfig = new KafkaConfig(config);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(dataDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        server.startup();
        log.info("Kafka: in-process broker on 127.0.0.1:{}, log in {}", clientPort, dataDir);
        return new InProcessKafka(server, "127.0.0.1:" + clientPort);
    }

    private static void format(Path dataDir) throws IOException {
        try {
            new Formatter()
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toAbsolutePath().toString()))
                    .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName("CONTROLLER")
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IOException("could not format the Kafka log directory " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A port for a listener bound only later, when the broker starts: below the kernel's ephemeral
     * range (32768-60999), since any outgoing connection may take an ephemeral number as its source
     * port between the pick and the bind ("Address already in use", seen in CI).
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another
            }
        }
        throw new IOException("no free port in [20000, 32000)");
    }
}
