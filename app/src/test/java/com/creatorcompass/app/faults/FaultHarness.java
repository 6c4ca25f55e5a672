package com.creatorcompass.app.faults;

import com.creatorcompass.app.CompassApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app in a process of its own (started by {@link CompassChild}, configured by the
 * environment like the real one) plus a driver the test talks to on stdin: ingest, a captcha storm,
 * settle-and-checksum. Answers are stdout lines starting with {@value #ANSWER}.
 */
public final class FaultHarness {

    static final String ANSWER = "@@ ";

    private FaultHarness() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CompassApplication.class).run(args);
        HarnessDriver driver = new HarnessDriver(context, FaultHarness::answer);
        answer("started", "{}");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("exit")) {
                break;
            }
            try {
                driver.handle(line.trim().split("\\s+"));
            } catch (Exception e) {
                answer("error", "{\"message\": \"" + String.valueOf(e).replace("\"", "'") + "\"}");
            }
        }
        driver.close();
        context.close();
        System.exit(0);
    }

    static synchronized void answer(String name, String json) {
        System.out.println(ANSWER + name + " " + json);
        System.out.flush();
    }
}
