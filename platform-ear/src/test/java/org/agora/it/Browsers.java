package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, driven without Selenium Manager (which would try to download a browser). */
public final class Browsers {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browsers() {
    }

    public static WebDriver chromium() throws Exception {
        // scripts/ensure-chromium.sh installed these before the tests ran; if they are missing, fail loudly
        assertThat(CHROMIUM).as("Debian chromium").canRead();
        assertThat(CHROMEDRIVER).as("Debian chromium-driver").canRead();
        var profile = Files.createTempDirectory("agora-chromium");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        // console messages, so a failing page test can say what the page complained about
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }
}
