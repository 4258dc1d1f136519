package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The question desk with real Keycloak users in a real browser: a citizen asks a private question on the round's
 * page, the agency's officer claims and answers it on the same page, and the citizen reads the official answer.
 */
class QuestionsKeycloakIT extends InBrowser {

    /** The card of the question with this title, found afresh (the page re-renders after every action). */
    static By card(String title) {
        return By.xpath("//li[contains(@class,'agora-question')][.//h3[normalize-space()='" + title + "']]");
    }

    static WebElement inCard(WebDriverWait wait, String title, String css) {
        return visible(wait, By.xpath("//li[contains(@class,'agora-question')][.//h3[normalize-space()='" + title
                + "']]")).findElement(By.cssSelector(css));
    }

    @Test
    void a_citizen_asks_an_officer_answers_on_the_page_and_the_citizen_reads_the_official_answer() throws Exception {
        var omar = http.as(KeycloakIT.passwordGrant("omar"));
        var created = omar.postJson("/api/engagements", "{\"title\":\"Ask the permits desk\",\"mode\":"
                + "\"CUSTOMER_SERVICE\",\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(5))
                + "\",\"settings\":{\"slaWorkingHours\":16}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        assertThat(omar.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        String page = base.toExternalForm() + "questions.html?round=" + round;
        String title = "Visitor permit for my carer " + Tokens.unique("q");
        String answer = "Yes: carers get a free permit; apply online with the letter from your GP.";
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        signIn(base, "alice");
        driver.get(page);
        visible(wait, By.id("ask-title")).sendKeys(title);
        driver.findElement(By.id("ask-body")).sendKeys("My carer visits every day. Does she need a permit?");
        driver.findElement(By.cssSelector(".agora-ask-form button")).click();
        var mine = visible(wait, card(title));
        assertThat(mine.getText()).contains("Waiting for an answer").contains("Private").contains("Answer due in")
                .contains("My carer visits every day");
        screenshot("question-asked");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        signIn(base, "omar");
        driver.get(page);
        visible(wait, By.className("agora-figures"));
        inCard(wait, title, ".agora-claim").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card(title), "Being answered"));
        inCard(wait, title, ".agora-answer-form textarea").sendKeys(answer);
        inCard(wait, title, ".agora-answer-form button").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card(title), "Answered"));
        assertThat(driver.findElement(card(title)).findElement(By.className("agora-official-answer")).getText())
                .contains("Official answer from").contains(answer);
        assertThat(driver.findElement(By.className("agora-figures")).getText()).contains("Answered");
        screenshot("question-answered-by-officer");
        PublicPageBrowserIT.assertAccessible();
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        signIn(base, "alice");
        driver.get(page);
        var answered = visible(wait, card(title));
        assertThat(answered.getText()).contains("Answered");
        assertThat(answered.findElement(By.className("agora-official-answer")).getText())
                .contains("Official answer from").contains(answer);
        inCard(wait, title, ".agora-resolve").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card(title), "Resolved"));
        screenshot("question-resolved");
        PublicPageBrowserIT.assertAccessible();
        // nobody else sees the private question
        assertThat(http.get("/api/engagements/" + round + "/questions").json().getJsonNumber("total").longValue())
                .isZero();
    }
}
