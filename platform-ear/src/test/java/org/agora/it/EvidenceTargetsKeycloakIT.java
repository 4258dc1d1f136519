package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Evidence on questions and updates with real Keycloak users in a real browser: a citizen attaches a file to her
 * private question and the officer sees it beside the question; the officer attaches a file to an update and
 * everyone sees it next to the update's web sources.
 */
class EvidenceTargetsKeycloakIT extends InBrowser {

    static Path file(String name, String text) throws Exception {
        var file = Files.createTempDirectory("agora-evidence-").resolve(name);
        Files.writeString(file, text + "\n" + Tokens.unique("run") + "\n", StandardCharsets.UTF_8);
        return file;
    }

    long openRound(Http omar, String mode) {
        var created = omar.postJson("/api/engagements", "{\"title\":\"Evidence on " + mode + "\",\"mode\":\"" + mode
                + "\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(5)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        assertThat(omar.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        return round;
    }

    @Test
    void a_citizen_attaches_a_file_to_her_question_and_an_officer_to_an_update() throws Exception {
        var omar = http.as(KeycloakIT.passwordGrant("omar"));
        var alice = http.as(KeycloakIT.passwordGrant("alice"));
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        long desk = openRound(omar, "CUSTOMER_SERVICE");
        var asked = alice.postJson("/api/engagements/" + desk + "/questions", Json.createObjectBuilder()
                .add("title", "My lease and the parking permit").add("body", "Does my lease count as proof?")
                .add("public", false).build().toString());
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long question = asked.json().getJsonNumber("id").longValue();
        String card = "question-" + question;

        signIn(base, "alice");
        driver.get(base.toExternalForm() + "questions.html?round=" + desk);
        var item = visible(wait, By.id(card));
        item.findElement(By.cssSelector(".agora-attach summary")).click();
        item.findElement(By.cssSelector(".agora-attach input[type=file]"))
                .sendKeys(file("lease.txt", "Lease of flat 4, from 1 March.").toString());
        item.findElement(By.cssSelector(".agora-attach button")).click();
        assertThat(visible(wait, By.cssSelector("#" + card + " .agora-attach-done")).getText())
                .contains("Source: lease.txt");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        signIn(base, "omar");
        driver.get(base.toExternalForm() + "questions.html?round=" + desk);
        var badge = visible(wait, By.cssSelector("#" + card + " li.agora-badge"));
        assertThat(badge.getText()).contains("Source: lease.txt").contains("not yet checked");
        assertThat(driver.findElements(By.cssSelector("#" + card + " .agora-attach"))).hasSize(1);
        screenshot("evidence-on-a-question");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(http.get("/api/engagements/" + desk + "/evidence/badges?on=question").json()).isEmpty();

        long broadcast = openRound(omar, "BROADCAST");
        var posted = omar.postJson("/api/engagements/" + broadcast + "/updates", "{\"title\":\"Works start Monday\","
                + "\"body\":\"The resurfacing starts on Monday.\",\"sources\":[{\"url\":\"https://example.org/plan\","
                + "\"title\":\"The works plan\"}]}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String article = "update-" + posted.json().getJsonNumber("id").longValue();
        signIn(base, "omar");
        driver.get(base.toExternalForm() + "updates.html?round=" + broadcast);
        var update = visible(wait, By.id(article));
        update.findElement(By.cssSelector(".agora-attach summary")).click();
        update.findElement(By.cssSelector(".agora-attach input[type=file]"))
                .sendKeys(file("phases.txt", "Phase one: the ring road, phase two: the bridge.").toString());
        update.findElement(By.cssSelector(".agora-attach button")).click();
        assertThat(visible(wait, By.cssSelector("#" + article + " .agora-attach-done")).getText())
                .contains("Source: phases.txt");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        driver.get(base.toExternalForm() + "updates.html?round=" + broadcast);
        var sources = visible(wait, By.cssSelector("#" + article + " .agora-sources"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + article + " li.agora-badge")));
        assertThat(sources.getText()).contains("The works plan").contains("Source: phases.txt");
        assertThat(driver.findElements(By.cssSelector("#" + article + " .agora-attach"))).isEmpty();
        screenshot("evidence-on-an-update");
        PublicPageBrowserIT.assertAccessible();
    }
}
