package com.creatorcompass.scraper.browser;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of browser sessions, lent out one scrape at a time. A session is replaced after
 * {@code recycleAfter} pages (browsers leak) and at once when it dies. Closing quits every session,
 * lent out or not, and a session that starts or comes back after that is quit too: a browser and its
 * chromedriver are processes of their own and outlive the JVM that started them.
 */
public final class BrowserPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrowserPool.class);

    private final Supplier<WebDriver> factory;
    private final int recycleAfter;
    private final BlockingQueue<Slot> slots;
    private final List<Slot> all;
    private final AtomicInteger sessionsStarted = new AtomicInteger();
    private volatile boolean closed;

    private static final class Slot {
        WebDriver driver;
        int pages;
    }

    public BrowserPool(Supplier<WebDriver> factory, int size, int recycleAfter) {
        this.factory = factory;
        this.recycleAfter = recycleAfter;
        this.slots = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            slots.add(new Slot());
        }
        this.all = List.copyOf(slots);
    }

    /** Runs {@code work} on a live session; waits for one to be free. */
    public <T> T withSession(Function<WebDriver, T> work) {
        Slot slot = take();
        try {
            if (slot.driver == null) {
                start(slot);
            }
            T result = work.apply(slot.driver);
            if (++slot.pages >= recycleAfter) {
                quit(slot);
            }
            return result;
        } catch (TimeoutException slow) {
            throw slow;
        } catch (WebDriverException failure) {
            if (dead(slot.driver, failure)) {
                quit(slot);
                throw new BrowserCrashedException(
                        "the browser session died: " + firstLine(failure.getMessage()), failure);
            }
            throw failure;
        } finally {
            if (closed) {
                quit(slot);
            }
            slots.add(slot);
        }
    }

    /**
     * A browser that cannot start (Chromium slow to come up on a loaded machine, a Grid with no free
     * node) is the same kind of failure as one that died: the caller may try again on a fresh start.
     */
    private void start(Slot slot) {
        if (closed) {
            throw new IllegalStateException("the browser pool is closed");
        }
        try {
            WebDriver started = factory.get();
            synchronized (slot) {
                slot.driver = started;
            }
        } catch (WebDriverException failedToStart) {
            throw new BrowserCrashedException(
                    "the browser session could not start: " + firstLine(failedToStart.getMessage()), failedToStart);
        }
        slot.pages = 0;
        sessionsStarted.incrementAndGet();
    }

    /** Sessions started since the pool was made (a recycled or crashed session counts again). */
    public int sessionsStarted() {
        return sessionsStarted.get();
    }

    private Slot take() {
        try {
            return slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a browser session", e);
        }
    }

    private static boolean dead(WebDriver driver, WebDriverException failure) {
        if (driver == null || failure instanceof NoSuchSessionException) {
            return true;
        }
        try {
            driver.getWindowHandles();
            return false;
        } catch (WebDriverException unreachable) {
            return true;
        }
    }

    /** Quits the slot's session once, whichever thread (a scrape, or {@link #close}) gets there first. */
    private static void quit(Slot slot) {
        WebDriver driver;
        synchronized (slot) {
            driver = slot.driver;
            slot.driver = null;
        }
        if (driver != null) {
            try {
                driver.quit();
            } catch (WebDriverException alreadyGone) {
                log.debug("browser already gone: {}", firstLine(alreadyGone.getMessage()));
            }
        }
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    @Override
    public void close() {
        closed = true;
        all.forEach(BrowserPool::quit);
    }
}
