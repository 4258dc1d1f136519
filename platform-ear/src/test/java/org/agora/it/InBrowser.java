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

    /** Signs in through Keycloak's own login page (only in the Keycloak execution) and waits to be back. */
    static void signIn(java.net.URL base, String user) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
        driver.get(base.toExternalForm());
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                org.openqa.selenium.By.id("sign-in"))).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("username"))).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("kc-login")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("signed-in-as")));
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
    static void screenshot(String name) throws Exception {
        var dir = Path.of(System.getProperty("agora.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
