package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Due process end to end, with real Keycloak users: a citizen reports a troll comment from the page, two more
 * reports hide it, the moderator sees that arrive live, removes it with a templated statement, the author appeals,
 * another moderator reverses it, and the round's log holds every step.
 */
class ModeratingKeycloakIT extends InBrowser {

    @Test
    void a_reported_comment_is_hidden_removed_appealed_and_reinstated_with_every_step_logged() throws Exception {
        long round = openRoundOnNewDraft(http.as(KeycloakIT.passwordGrant("omar")), "Night buses",
                "# Night buses\n\nThe N5 will run every 20 minutes after midnight.\n", "Night buses round");
        // a text of its own each run: screening holds an author's repeats of their own recent posts
        String run = Tokens.unique("run");
        var troll = http.as(KeycloakIT.passwordGrant("ben")).postJson("/api/engagements/" + round + "/comments",
                "{\"text\":\"Anyone who rides night buses deserves to be robbed, " + run + ", " + run + ".\"}");
        assertThat(troll.status()).as(troll.body()).isEqualTo(201);
        long comment = troll.json().getJsonNumber("id").longValue();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        // 1. a citizen reports it from the draft page
        signIn(base, "alice");
        driver.get(base.toExternalForm() + "draft.html?round=" + round); // the link moderation uses
        var item = visible(wait, By.id("comment-" + comment));
        item.findElement(By.cssSelector(".agora-report summary")).click();
        new Select(item.findElement(By.cssSelector(".agora-report select"))).selectByValue("ABUSE");
        item.findElement(By.cssSelector(".agora-report button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("agora-report-received")));
        long caseId = http.as(KeycloakIT.passwordGrant("alice")).get("/api/flags/mine").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getJsonNumber("contentId").longValue() == comment)
                .findFirst().orElseThrow().getJsonNumber("caseId").longValue();
        signOut(wait);

        // 2. the moderator's queue shows it, and updates itself when two more reports hide it
        signIn(base, "maya");
        driver.get(base.toExternalForm() + "moderation.html?round=" + round); // the round's queue
        var card = By.cssSelector("li.agora-case[data-case-id='" + caseId + "']");
        visible(wait, card);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "Live"));
        ((JavascriptExecutor) driver).executeScript("window.agoraSamePage = true;");
        for (String citizen : new String[] {"carol", "dan"}) {
            assertThat(http.as(KeycloakIT.passwordGrant(citizen)).postJson("/api/flags",
                    "{\"contentType\":\"comment\",\"contentId\":" + comment + ",\"reason\":\"ABUSE\"}").status())
                    .isEqualTo(201);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "content hidden"));
        assertThat(driver.findElement(card).getText()).contains("3 flags");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.agoraSamePage === true;"))
                .as("updated live, without reloading").isEqualTo(true);
        assertThat(http.get("/api/engagements/" + round + "/comments").body()).doesNotContain("deserves to be robbed");

        // 3. she removes it, starting from a response template
        var form = driver.findElement(card).findElement(By.className("agora-decision-form"));
        new Select(form.findElement(By.id("case-" + caseId + "-action"))).selectByValue("remove");
        new Select(form.findElement(By.id("case-" + caseId + "-reason"))).selectByValue("ABUSE");
        new Select(form.findElement(By.id("case-" + caseId + "-template"))).selectByValue("house-rules");
        var statement = form.findElement(By.id("case-" + caseId + "-statement"));
        assertThat(statement.getAttribute("value")).isNotBlank();
        statement.sendKeys(" Wishing harm on other passengers breaks rule 2.");
        form.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(card));
        screenshot("moderation-queue");
        signOut(wait);

        // 4. the author sees why, and appeals
        signIn(base, "ben");
        driver.get(base.toExternalForm() + "notices.html");
        var notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.agora-notice[data-case-id='" + caseId + "']")));
        assertThat(notice.getText()).contains("Removed by a moderator").contains("rule 2");
        notice.findElement(By.tagName("textarea")).sendKeys("It was sarcasm about the crime figures, not a wish.");
        notice.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("li.agora-notice[data-case-id='" + caseId + "']"), "another moderator will decide"));
        screenshot("moderation-notice");
        signOut(wait);

        // 5. another moderator reverses it
        signIn(base, "mike");
        driver.get(base.toExternalForm() + "moderation.html?round=" + round);
        wait.until(ExpectedConditions.visibilityOfElementLocated(card));
        var ruling = driver.findElement(card).findElement(By.className("agora-ruling-form"));
        new Select(ruling.findElement(By.tagName("select"))).selectByValue("reverse");
        ruling.findElement(By.tagName("textarea")).sendKeys("Read in context it is sarcasm; reinstated.");
        ruling.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(card));

        assertThat(http.get("/api/engagements/" + round + "/comments").body()).contains("deserves to be robbed");
        var log = http.as(KeycloakIT.passwordGrant("mike")).get("/api/engagements/" + round + "/moderation-log")
                .jsonArray().getValuesAs(JsonObject.class);
        assertThat(log.stream().map(e -> e.getString("action")).toList())
                .containsExactly("flag", "flag", "flag", "auto-hide", "remove", "appeal", "reverse");
        assertThat(log.get(4).getString("actor")).isEqualTo("maya");
        assertThat(log.get(6).getString("actor")).isEqualTo("mike");
    }
}
