package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pre-moderation as people see it, with real Keycloak users: a citizen comments on a pre-moderated round from the
 * draft page and is told it waits for a moderator; nobody else sees it; the moderator finds it in the queue under
 * "Waiting for pre-moderation" and approves it; then everyone reads it. The officer's later deadline extension is
 * announced on the round's page.
 */
class PreModeratingKeycloakIT extends InBrowser {

    @Test
    void a_pre_moderated_comment_waits_for_a_moderator_and_is_published_when_approved() throws Exception {
        var omar = http.as(KeycloakIT.passwordGrant("omar"));
        long policy = omar.postJson("/api/policies", "{\"title\":\"Street trees " + Tokens.unique("p") + "\"}").json()
                .getJsonNumber("id").longValue();
        var v1 = omar.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", "# Trees\n\nEvery street gets ten new trees by 2028.\n").build().toString()).json();
        long round = omar.postJson("/api/engagements", "{\"title\":\"Street trees round\",\"mode\":\"CONSULTATION\","
                + "\"draftVersionId\":" + v1.getJsonNumber("versionId") + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(5)) + "\",\"settings\":{\"preModeration\":true}}").json()
                .getJsonNumber("id").longValue();
        assertThat(omar.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String words = "Plane trees drop less litter than limes, " + Tokens.unique("say") + ".";

        // 1. a citizen comments on a paragraph and is told it waits for a moderator
        signIn(base, "carol");
        driver.get(base.toExternalForm() + "draft.html?policy=" + policy + "&version=1&round=" + round);
        var buttons = wait.until(ExpectedConditions.numberOfElementsToBe(By.className("agora-comment-here"), 2));
        buttons.get(1).click();
        visible(wait, By.cssSelector(".agora-comment-form textarea")).sendKeys(words);
        driver.findElement(By.cssSelector(".agora-comment-form button")).click();
        var mine = visible(wait, By.className("agora-comment"));
        assertThat(mine.getText()).contains(words).contains("waiting for moderation")
                .contains("only you can see it");
        driver.manage().window().setSize(new Dimension(390, 844));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", mine);
        screenshot("pre-moderation-author-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
        signOut(wait);

        // 2. nobody else sees it yet (the page has loaded its comments once the counts are there)
        driver.get(base.toExternalForm() + "draft.html?policy=" + policy + "&version=1&round=" + round);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.className("agora-comment-count"), 2));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(words);

        // 3. the moderator finds it under "Waiting for pre-moderation" and approves it
        signIn(base, "maya");
        driver.get(base.toExternalForm() + "moderation.html?round=" + round);
        new Select(visible(wait, By.id("filter-origin"))).selectByValue("PRE_MODERATION");
        driver.findElement(By.cssSelector(".agora-queue-filters button")).click();
        var card = visible(wait, By.cssSelector("li.agora-case"));
        assertThat(card.getText()).contains("waiting for pre-moderation").contains(words);
        assertThat(driver.getCurrentUrl()).contains("origin=PRE_MODERATION");
        String caseId = card.getAttribute("data-case-id");
        new Select(card.findElement(By.id("case-" + caseId + "-action"))).selectByValue("approve");
        card.findElement(By.id("case-" + caseId + "-statement")).sendKeys("On topic and civil.");
        card.findElement(By.cssSelector(".agora-decision-form button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("li.agora-case[data-case-id='" + caseId + "']")));
        screenshot("pre-moderation-queue");
        signOut(wait);

        // 4. everyone reads it now; and the officer's deadline extension is announced on the page
        var extended = omar.send("PATCH", "/api/engagements/" + round, "application/json", "{\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(12)) + "\",\"note\":\"Extended so that schools can reply.\"}");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        driver.get(base.toExternalForm() + "draft.html?policy=" + policy + "&version=1&round=" + round);
        var published = visible(wait, By.className("agora-comment"));
        assertThat(published.getText()).contains(words).doesNotContain("waiting for moderation");
        assertThat(visible(wait, By.className("agora-announcements")).getText())
                .contains("Changes to this round").contains("Extended so that schools can reply.");
        screenshot("round-announcement");
    }
}
