package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Evidence end to end with real Keycloak users: a citizen attaches a PDF made by LibreOffice to her comment, sees it
 * received and then read (its title), and the round's officer marks the source verified, which shows on the comment.
 */
class EvidenceKeycloakIT extends InBrowser {

    @Test
    void a_citizen_attaches_a_pdf_to_a_comment_and_the_officer_marks_it_verified() throws Exception {
        long round = openRoundOnNewDraft(http.as(KeycloakIT.passwordGrant("omar")), "Cycle counts",
                "# Counts\n\nThe lanes will be reviewed after a year of counts.\n", "Cycle counts round");
        String run = Tokens.unique("run");
        var posted = http.as(KeycloakIT.passwordGrant("alice")).postJson("/api/engagements/" + round + "/comments",
                "{\"text\":\"The counts already show 900 cyclists a day, " + run + ".\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long comment = posted.json().getJsonNumber("id").longValue();
        String title = "Cycling counts " + run;
        var file = Files.createTempDirectory("agora-evidence-").resolve("counts.pdf");
        Files.write(file, EvidenceApiIT.pdf(title, 2));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        signIn(base, "alice");
        driver.get(base.toExternalForm() + "draft.html?round=" + round);
        var item = visible(wait, By.id("comment-" + comment));
        item.findElement(By.cssSelector(".agora-attach summary")).click();
        item.findElement(By.cssSelector(".agora-attach input[type=file]")).sendKeys(file.toString());
        item.findElement(By.cssSelector(".agora-attach button")).click();
        var received = visible(wait, By.className("agora-attach-received"));
        assertThat(received.getText()).contains("counts.pdf").contains("extracting");
        var done = visible(wait, By.className("agora-attach-done"));
        assertThat(done.getText()).contains(title).contains("2 pages");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        signIn(base, "omar");
        driver.get(base.toExternalForm() + "draft.html?round=" + round);
        var badge = visible(wait, By.cssSelector("#comment-" + comment + " li.agora-badge"));
        assertThat(badge.getText()).contains("Source: " + title).contains("not yet checked");
        badge.findElement(By.className("agora-verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#comment-" + comment + " li.agora-badge .agora-verdict"), "verified"));
        assertThat(driver.findElements(By.cssSelector("#comment-" + comment + " .agora-verify"))).isEmpty();
        screenshot("evidence-verified");
        assertThat(http.get("/api/engagements/" + round + "/evidence/badges").body()).contains("VERIFIED")
                .contains(title);
    }
}
