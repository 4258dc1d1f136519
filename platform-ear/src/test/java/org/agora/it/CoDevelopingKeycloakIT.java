package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Co-development end to end with real Keycloak users: a citizen proposes an amendment to a paragraph of version 2
 * and supports it; the officer accepts it, loads the draft with accepted amendments and publishes version 3, which
 * contains it; the amendment then shows as included in version 3.
 */
class CoDevelopingKeycloakIT extends InBrowser {

    @Test
    void a_citizen_amends_a_paragraph_and_the_officer_publishes_v3_containing_it() throws Exception {
        var olga = http.as(KeycloakIT.passwordGrant("olga"));
        String run = Tokens.unique("run");
        long policy = olga.postJson("/api/policies", "{\"title\":\"Pond brief " + run + "\"}").json()
                .getJsonNumber("id").longValue();
        String v1 = "# Pond\n\nThe pond gets a fence.\n\nBenches face the water.\n";
        String v2 = "# Pond\n\nThe pond gets a low fence.\n\nBenches face the water.\n";
        assertThat(olga.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", v1).build().toString()).status()).isEqualTo(201);
        var second = olga.postJson("/api/policies/" + policy + "/versions", Json.createObjectBuilder()
                .add("markdown", v2).build().toString()).json();
        var created = olga.postJson("/api/engagements", "{\"title\":\"Pond ideas " + run + "\",\"mode\":"
                + "\"CO_DEVELOPMENT\",\"draftVersionId\":" + second.getJsonNumber("versionId") + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(5)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        assertThat(olga.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        String benchesKey = second.getJsonArray("paragraphs").getJsonObject(2).getString("key");
        String proposed = "Benches face the water and have backs and arm rests, " + run + ".";
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        signIn(base, "alice");
        driver.get(base.toExternalForm() + "ideas.html?round=" + round);
        new Select(visible(wait, By.id("idea-kind"))).selectByValue("AMENDMENT");
        new Select(driver.findElement(By.id("idea-paragraph"))).selectByValue(benchesKey);
        driver.findElement(By.id("idea-title")).sendKeys("Benches with backs");
        driver.findElement(By.id("idea-text")).sendKeys("Older people need something to lean on.");
        var wording = driver.findElement(By.id("idea-proposed"));
        assertThat(wording.getAttribute("value")).isEqualTo("Benches face the water.");
        wording.clear();
        wording.sendKeys(proposed);
        driver.findElement(By.cssSelector(".agora-propose button[type=submit]")).click();
        var item = visible(wait, By.cssSelector("li.agora-idea"));
        assertThat(item.findElement(By.cssSelector(".agora-amendment-diff ins")).getText()).contains("arm rests");
        item.findElement(By.className("agora-support")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.agora-idea .agora-supporters"),
                "1 supporter"));
        assertThat(driver.findElement(By.cssSelector("li.agora-idea .agora-support")).getText())
                .isEqualTo("Withdraw support");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        signIn(base, "olga");
        driver.get(base.toExternalForm() + "ideas.html?round=" + round);
        visible(wait, By.cssSelector("li.agora-idea .agora-decide summary")).click();
        new Select(driver.findElement(By.cssSelector("li.agora-idea .agora-decide select")))
                .selectByValue("ACCEPT");
        driver.findElement(By.cssSelector("li.agora-idea .agora-decide textarea")).sendKeys("Good for everyone.");
        driver.findElement(By.cssSelector("li.agora-idea .agora-decide button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.agora-idea .agora-idea-status"),
                "Accepted"));
        driver.findElement(By.linkText("Publish the next version with the accepted amendments")).click();
        visible(wait, By.className("agora-load-staged")).click();
        wait.until(d -> d.findElement(By.id("draft-markdown")).getAttribute("value").contains(proposed));
        driver.findElement(By.cssSelector(".agora-publish button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("version=3"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "arm rests"));

        driver.get(base.toExternalForm() + "ideas.html?round=" + round);
        var merged = visible(wait, By.cssSelector("li.agora-idea .agora-idea-merged"));
        assertThat(merged.getText()).contains("Included in version 3");
        assertThat(driver.findElement(By.cssSelector("li.agora-idea .agora-idea-status")).getText())
                .isEqualTo("In the draft");
        screenshot("amendment-merged");
    }
}
