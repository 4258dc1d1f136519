package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A broadcast round with real Keycloak users: the officer posts an update with a source on updates.html, a citizen
 * reads it (counted in the reach) and marks it helpful, and the officer sees the reader in the reach figures.
 */
class BroadcastingKeycloakIT extends InBrowser {

    @Test
    void an_officer_posts_an_update_and_a_citizen_sees_it_and_marks_it_helpful() throws Exception {
        var omar = http.as(KeycloakIT.passwordGrant("omar"));
        var created = omar.postJson("/api/engagements", "{\"title\":\"Ring road works " + Tokens.unique("r")
                + "\",\"mode\":\"BROADCAST\",\"closesAt\":\"" + Instant.now().plus(Duration.ofHours(3)) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long round = created.json().getJsonNumber("id").longValue();
        assertThat(omar.postJson("/api/engagements/" + round + "/open", "").status()).isEqualTo(200);
        String title = "North section closed " + Tokens.unique("w");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        // the home page links a broadcast round to its updates (closing in hours: listed before the tests' other rounds)
        driver.get(base.toExternalForm());
        visible(wait, By.cssSelector("li[data-round-id='" + round + "'] .agora-updates-link")).click();
        wait.until(ExpectedConditions.urlContains("updates.html?round=" + round));

        signIn(base, "omar");
        driver.get(base.toExternalForm() + "updates.html?round=" + round);
        visible(wait, By.id("new-title")).sendKeys(title);
        driver.findElement(By.id("new-body")).sendKeys("The **north section** is closed from Monday.");
        driver.findElement(By.id("new-url-1")).sendKeys("https://example.org/traffic-order");
        driver.findElement(By.id("new-stitle-1")).sendKeys("Traffic order");
        driver.findElement(By.cssSelector(".agora-new-update button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("updates"), title));
        var posted = driver.findElement(By.cssSelector("#updates .agora-update"));
        assertThat(posted.findElement(By.tagName("strong")).getText()).isEqualTo("north section");
        assertThat(driver.findElement(By.className("agora-reach-total")).getText()).startsWith("0 unique readers");
        screenshot("broadcast-posted");
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));

        signIn(base, "alice");
        driver.get(base.toExternalForm() + "updates.html?round=" + round);
        var article = visible(wait, By.cssSelector("#updates .agora-update"));
        assertThat(article.getText()).contains(title).contains("north section is closed from Monday");
        var source = article.findElement(By.cssSelector(".agora-sources a"));
        assertThat(source.getText()).isEqualTo("Traffic order");
        assertThat(source.getAttribute("href")).isEqualTo("https://example.org/traffic-order");
        assertThat(source.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(driver.findElements(By.className("agora-new-update"))).as("citizens cannot post").isEmpty();
        assertThat(driver.findElement(By.className("agora-more")).isDisplayed()).as("all updates are shown").isFalse();
        assertThat(article.findElement(By.cssSelector(".agora-ask summary")).getText())
                .isEqualTo("Ask a clarifying question");
        // found afresh: a sign-in that completes late may have rendered the page again since
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#updates .agora-update button[data-reaction=HELPFUL]")).click();
            return true;
        });
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#updates button[data-reaction=HELPFUL]"),
                "aria-pressed", "true"));
        assertThat(driver.findElement(By.cssSelector("#updates button[data-reaction=HELPFUL]")).getText())
                .isEqualTo("Helpful (1)");
        screenshot("broadcast-helpful");
        var violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations();
        assertThat(violations).as(() -> violations.stream().map(v -> v.getId() + ": " + v.getHelp()).toList()
                .toString()).isEmpty();

        // after a reload the reaction is still hers; the officer sees her as a reader
        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#updates button[data-reaction=HELPFUL]"),
                "aria-pressed", "true"));
        var reach = omar.get("/api/engagements/" + round + "/updates/reach").json();
        assertThat(reach.getInt("reach")).isEqualTo(1);
    }
}
