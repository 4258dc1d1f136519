package org.agora.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Whole-application tests that also drive a real headless Chromium, one per test class. */
abstract class InBrowser extends WholeApplication {

    static WebDriver driver;

    @BeforeAll
    static void browser() throws Exception {
        driver = Browsers.chromium();
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
    static void screenshot(String name) throws Exception {
        var dir = Path.of(System.getProperty("agora.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
