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
    /** Signs out through the header's button and waits until the page offers "Sign in" again. */
    static void signOut(org.openqa.selenium.support.ui.WebDriverWait wait) {
        driver.findElement(org.openqa.selenium.By.id("sign-out")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("sign-in")));
    }

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

    /**
     * A new policy with one published version ({@code markdown}) and an open consultation round on it, made by the
     * officer {@code officer} (a real Keycloak user's client): the round's id.
     */
    static long openRoundOnNewDraft(Http officer, String policyTitle, String markdown, String roundTitle) {
        long policy = officer.postJson("/api/policies", "{\"title\":\"" + policyTitle + " " + Tokens.unique("p")
                + "\"}").json().getJsonNumber("id").longValue();
        var v1 = officer.postJson("/api/policies/" + policy + "/versions", jakarta.json.Json.createObjectBuilder()
                .add("markdown", markdown).build().toString()).json();
        long round = officer.postJson("/api/engagements", "{\"title\":\"" + roundTitle + "\",\"mode\":\"CONSULTATION\","
                + "\"draftVersionId\":" + v1.getJsonNumber("versionId") + ",\"closesAt\":\""
                + java.time.Instant.now().plus(java.time.Duration.ofDays(5)) + "\"}").json().getJsonNumber("id")
                .longValue();
        org.assertj.core.api.Assertions.assertThat(officer.postJson("/api/engagements/" + round + "/open", "").status())
                .isEqualTo(200);
        return round;
    }

    /**
     * Waits for an element to be visible; if it never is, fails with what the page shows and what the browser's
     * console said, so a broken page explains itself.
     */
    static org.openqa.selenium.WebElement visible(org.openqa.selenium.support.ui.WebDriverWait wait,
            org.openqa.selenium.By locator) {
        try {
            return wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            String page = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
            String console;
            try {
                console = driver.manage().logs().get("browser").getAll().toString();
            } catch (RuntimeException noLogs) {
                console = "(no console log: " + noLogs.getMessage() + ")";
            }
            throw new AssertionError("Not visible: " + locator + " at " + driver.getCurrentUrl() + "\npage: " + page
                    + "\nconsole: " + console, e);
        }
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
    static void screenshot(String name) throws Exception {
        var dir = Path.of(System.getProperty("agora.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
