package com.creatorcompass.app;

import com.creatorcompass.testsupport.FreePorts;
import com.creatorcompass.testsupport.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A demo-profile test's own world: its database, a free port for the stand-in site, its own broker and stream state. */
final class DemoProperties {

    private DemoProperties() {}

    static void register(DynamicPropertyRegistry registry, TestDatabase database) {
        database.registerAsCompassDatabase(registry);
        int standIn = freePort();
        registry.add("compass.standin.port", () -> standIn);
        TestKafka.register(registry);
    }

    static int freePort() {
        return FreePorts.one();
    }
}
