package com.creatorcompass.scraper.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;

/** How the pool lends sessions when browsers fail to start or die, and closes; the real browser is SeleniumScrapeTest's. */
class BrowserPoolTest {

    @Test
    void a_session_that_cannot_start_is_a_crash_and_the_next_call_starts_a_fresh_one() {
        WebDriver healthy = mock(WebDriver.class);
        when(healthy.getTitle()).thenReturn("page");
        Deque<Supplier<WebDriver>> starts = new ArrayDeque<>();
        starts.add(() -> {
            throw new SessionNotCreatedException("DevToolsActivePort file doesn't exist");
        });
        starts.add(() -> healthy);
        BrowserPool pool = new BrowserPool(() -> starts.poll().get(), 1, 100);

        assertThatThrownBy(() -> pool.withSession(WebDriver::getTitle))
                .isInstanceOf(BrowserCrashedException.class)
                .hasMessageContaining("could not start")
                .hasMessageContaining("DevToolsActivePort");
        assertThat(pool.withSession(WebDriver::getTitle)).isEqualTo("page");
        assertThat(pool.sessionsStarted()).isEqualTo(1);
    }

    @Test
    void a_session_that_died_is_quit_and_replaced() {
        WebDriver dying = mock(WebDriver.class);
        when(dying.getTitle()).thenThrow(new NoSuchSessionException("invalid session id"));
        WebDriver healthy = mock(WebDriver.class);
        when(healthy.getTitle()).thenReturn("page");
        Deque<WebDriver> drivers = new ArrayDeque<>(java.util.List.of(dying, healthy));
        BrowserPool pool = new BrowserPool(drivers::poll, 1, 100);

        assertThatThrownBy(() -> pool.withSession(WebDriver::getTitle))
                .isInstanceOf(BrowserCrashedException.class)
                .hasMessageContaining("died");
        verify(dying).quit();
        assertThat(pool.withSession(WebDriver::getTitle)).isEqualTo("page");
        assertThat(pool.sessionsStarted()).isEqualTo(2);
    }

    @Test
    void closing_quits_a_session_that_is_lent_out_and_the_pool_then_starts_none() throws Exception {
        WebDriver lent = mock(WebDriver.class);
        BrowserPool pool = new BrowserPool(() -> lent, 1, 100);
        CountDownLatch inUse = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread scrape = new Thread(() -> pool.withSession(driver -> {
            inUse.countDown();
            await(closed);
            return driver.getTitle();
        }));
        scrape.start();
        inUse.await();

        pool.close();
        verify(lent).quit();
        closed.countDown();
        scrape.join();

        verify(lent, times(1)).quit();
        assertThatThrownBy(() -> pool.withSession(WebDriver::getTitle))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(pool.sessionsStarted()).isEqualTo(1);
    }

    @Test
    void a_session_that_finishes_starting_after_the_pool_closed_is_quit_when_its_scrape_ends() throws Exception {
        WebDriver late = mock(WebDriver.class);
        CountDownLatch starting = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        BrowserPool pool = new BrowserPool(
                () -> {
                    starting.countDown();
                    await(closed);
                    return late;
                },
                1,
                100);
        Thread scrape = new Thread(() -> pool.withSession(WebDriver::getTitle));
        scrape.start();
        starting.await();

        pool.close();
        closed.countDown();
        scrape.join();

        verify(late).quit();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
