package com.creatorcompass.scraper.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * New headless Chromium sessions: the local Debian chromium and chromedriver (never Selenium
 * Manager, which would go online), or a Selenium Grid when a URL is configured.
 */
public final class BrowserFactory {

    private final String gridUrl;
    private final String chromiumBinary;
    private final String chromedriver;
    private final Duration pageTimeout;

    public BrowserFactory(String gridUrl, String chromiumBinary, String chromedriver, Duration pageTimeout) {
        this.gridUrl = gridUrl;
        this.chromiumBinary = chromiumBinary;
        this.chromedriver = chromedriver;
        this.pageTimeout = pageTimeout;
    }

    public WebDriver newSession() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,2000",
                "--user-data-dir=" + freshProfileDirectory());
        // A session whose browser died mid-command must not hold a scrape for Selenium's default
        // 3 minutes: no command legitimately takes much longer than a page load.
        ClientConfig client = ClientConfig.defaultConfig().readTimeout(pageTimeout.plus(Duration.ofSeconds(10)));
        WebDriver driver;
        if (gridUrl != null && !gridUrl.isBlank()) {
            try {
                driver = RemoteWebDriver.builder()
                        .oneOf(options)
                        .address(URI.create(gridUrl).toURL())
                        .config(client)
                        .build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("compass.scraper.grid-url is not a URL: " + gridUrl, e);
            }
        } else {
            options.setBinary(chromiumBinary);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options, client);
        }
        try {
            driver.manage().timeouts().pageLoadTimeout(pageTimeout);
            driver.manage().timeouts().scriptTimeout(pageTimeout);
        } catch (RuntimeException halfStarted) {
            driver.quit();
            throw halfStarted;
        }
        return driver;
    }

    private static String freshProfileDirectory() {
        try {
            Path directory = Files.createTempDirectory("compass-chromium-");
            directory.toFile().deleteOnExit();
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
