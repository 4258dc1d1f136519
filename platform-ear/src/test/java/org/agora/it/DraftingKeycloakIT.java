package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An agency officer signs in through Keycloak, starts a policy, publishes v1 and v2 and reads what changed. */
class DraftingKeycloakIT extends InBrowser {

    @Test
    void an_officer_publishes_two_versions_and_views_the_diff() throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn(base, "omar");
        driver.get(base.toExternalForm() + "policies.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("policy-title")))
                .sendKeys("Parking permits " + Tokens.unique("p"));
        driver.findElement(By.id("policy-summary")).sendKeys("How residents' parking permits will work.");
        driver.findElement(By.cssSelector(".agora-start-policy button")).click();

        // version 1, pasted
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-markdown"))).sendKeys(
                "# Parking permits\n\nEach household may hold two permits.\n\nPermits cost forty pounds a year.");
        driver.findElement(By.id("draft-changelog")).sendKeys("First draft");
        driver.findElement(By.cssSelector(".agora-publish button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.agora-draft")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Version 1 is published");
        String policyUrl = driver.findElement(By.linkText("All versions and rounds")).getAttribute("href");

        // version 2, uploaded as a Markdown file
        var file = Files.createTempFile("permits-v2", ".md");
        Files.writeString(file, "# Parking permits\n\nEach household may hold three permits.\n\n"
                + "Permits cost forty pounds a year.\n\nBlue badge holders pay nothing.\n");
        driver.get(policyUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draft-file"))).sendKeys(file.toString());
        driver.findElement(By.id("draft-changelog")).sendKeys("Three permits; free for blue badge holders");
        driver.findElement(By.cssSelector(".agora-publish button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("govuk-notification-banner"),
                "Version 2 is published"));

        // what changed
        driver.findElement(By.partialLinkText("See what changed from version 1")).click();
        var summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-summary")));
        assertThat(summary.getText()).isEqualTo("1 changed, 1 added, 0 removed, 0 moved, 2 unchanged.");
        var changed = driver.findElement(By.cssSelector("li[data-kind='CHANGED']"));
        assertThat(changed.getText()).startsWith("Changed");
        assertThat(changed.findElement(By.tagName("del")).getText()).contains("two");
        assertThat(changed.findElement(By.tagName("ins")).getText()).contains("three");
        var added = driver.findElement(By.cssSelector("li[data-kind='ADDED']"));
        assertThat(added.getText()).startsWith("Added").contains("Blue badge holders pay nothing.");
        screenshot("diff");
        var violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations();
        assertThat(violations).as(() -> violations.stream().map(v -> v.getId() + ": " + v.getHelp()).toList()
                .toString()).isEmpty();

        // the policy page lists both versions; the officer opens a consultation round on version 2 from it
        driver.get(policyUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Version 2")));
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Three permits; free for blue badge")
                .contains("First draft");
        driver.findElement(By.id("round-title")).sendKeys("Permits: second round");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("round-closes")), "2030-01-31T17:00");
        driver.findElement(By.id("round-premoderation")).click();
        driver.findElement(By.cssSelector(".agora-open-round button")).click();
        var timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("agora-timeline")));
        assertThat(timeline.getText()).contains("Permits: second round").contains("Consultation on version 2, open");
    }
}
