package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen selects a passage of a draft and comments on it; the comment follows the paragraph into v2. */
class CommentingKeycloakIT extends InBrowser {

    static final String PARKING = "Thirty parking spaces will be removed, and loading bays will be kept for"
            + " deliveries.";

    @Test
    void a_citizen_comments_on_a_selected_passage_and_the_comment_follows_it_into_the_next_version() throws Exception {
        var omar = http.as(KeycloakIT.passwordGrant("omar"));
        long policy = omar.postJson("/api/policies", "{\"title\":\"Loading bays " + Tokens.unique("p") + "\"}").json()
                .getJsonNumber("id").longValue();
        var v1 = omar.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", "# Loading\n\n" + PARKING + "\n").build().toString()).json();
        var round = omar.postJson("/api/engagements", "{\"title\":\"Loading bays round\",\"mode\":\"CONSULTATION\","
                + "\"draftVersionId\":" + v1.getJsonNumber("versionId") + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(5)) + "\"}").json();
        long roundId = round.getJsonNumber("id").longValue();
        assertThat(omar.postJson("/api/engagements/" + roundId + "/open", "").status()).isEqualTo(200);

        signIn(base, "alice");
        driver.get(base.toExternalForm() + "draft.html?policy=" + policy + "&version=1&round=" + roundId);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        var buttons = wait.until(ExpectedConditions.numberOfElementsToBe(By.className("agora-comment-here"), 2));
        var paragraph = driver.findElements(By.className("agora-paragraph")).get(1);
        select(paragraph, "loading bays will be kept");
        buttons.get(1).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("agora-comment-form")));
        assertThat(driver.findElement(By.className("agora-comment-form")).getText())
                .contains("loading bays will be kept");
        // words of its own each run: screening holds a person's repeats of their own recent posts
        String wish = "Please keep them until noon, " + Tokens.unique("say") + ".";
        driver.findElement(By.cssSelector(".agora-comment-form textarea")).sendKeys(wish);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(".agora-comment-form select")))
                .selectByVisibleText("Support");
        driver.findElement(By.cssSelector(".agora-comment-form button")).click();

        var comment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("agora-comment")));
        assertThat(comment.getText()).contains(wish).contains("support")
                .contains("loading bays will be kept");
        assertThat(driver.findElements(By.className("agora-comment-count")).get(1).getText()).isEqualTo("1 comment");

        // the officer publishes version 2, editing the same paragraph elsewhere
        assertThat(omar.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder().add("markdown",
                "# Loading\n\n" + PARKING.replace("Thirty", "Twenty") + "\n").build().toString()).status())
                .isEqualTo(201);
        driver.get(base.toExternalForm() + "draft.html?policy=" + policy + "&version=2&round=" + roundId);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.className("agora-comment-count"), 2));
        var counts = driver.findElements(By.className("agora-comment-count"));
        assertThat(counts.get(1).getText()).isEqualTo("1 comment");
        var moved = driver.findElement(By.className("agora-comment"));
        assertThat(moved.getText()).contains(wish).contains("loading bays will be kept");
        var since = moved.findElement(By.className("agora-changed-since"));
        assertThat(since.getText()).isEqualTo("What changed since this comment (version 1 to 2)");
        assertThat(since.getAttribute("href")).endsWith("/diff.html?policy=" + policy + "&from=1&to=2");
        assertThat(driver.findElements(By.className("agora-paragraph")).get(1).getText()).startsWith("Twenty");
        screenshot("comment-follows");

        // the officer records what was done, from the same page
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        signIn(base, "omar");
        driver.get(base.toExternalForm() + "draft.html?policy=" + policy + "&version=2&round=" + roundId);
        var decide = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".agora-disposition-form summary")));
        decide.click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(".agora-disposition-form select")))
                .selectByVisibleText("Partly accepted");
        driver.findElement(By.cssSelector(".agora-disposition-form textarea"))
                .sendKeys("Loading until eleven, not noon: market traffic.");
        driver.findElement(By.cssSelector(".agora-disposition-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("agora-disposition-recorded")));

        // closing the round and publishing its outcome; then anyone reads "you said, we did"
        assertThat(omar.postJson("/api/engagements/" + roundId + "/close", "").status()).isEqualTo(200);
        assertThat(omar.postJson("/api/engagements/" + roundId + "/publish-outcome", "").status()).isEqualTo(200);
        driver.get(base.toExternalForm() + "outcome.html?round=" + roundId);
        var outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.className("agora-outcome-section")));
        assertThat(outcome.getText()).contains("1 comment: 1 support").contains(wish)
                .contains("Partly accepted").contains("Loading until eleven, not noon: market traffic.")
                .contains("See the change in version 2");
        screenshot("outcome");
    }

    /** Selects a phrase inside an element, as a person dragging the mouse over it would. */
    static void select(WebElement element, String phrase) {
        ((JavascriptExecutor) driver).executeScript("""
                const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const at = node.textContent.indexOf(arguments[1]);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + arguments[1].length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                  }
                }
                throw new Error('phrase not found');""", element, phrase);
    }
}
