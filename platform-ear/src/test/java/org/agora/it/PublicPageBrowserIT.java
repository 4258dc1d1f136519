package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real Chromium opens the public home page and sees rounds created through the API. */
class PublicPageBrowserIT extends InBrowser {

    @Test
    void a_visitor_sees_an_open_round_created_through_the_api_but_not_a_draft() throws Exception {
        var officer = http.as(Tokens.officer("Browser Test Agency"));
        String openTitle = "Browser round " + UUID.randomUUID().toString().substring(0, 8);
        String draftTitle = "Draft round " + UUID.randomUUID().toString().substring(0, 8);
        // closing soonest puts it first on the home page, however many rounds earlier runs left open
        String closes = Instant.now().plus(Duration.ofMinutes(90)).toString();
        var created = officer.postJson("/api/engagements", "{\"title\":\"" + openTitle + "\",\"summary\":\"Tell us"
                + " <script>alert(1)</script> what you think\",\"mode\":\"CONSULTATION\",\"closesAt\":\"" + closes + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(officer.postJson("/api/engagements/" + id + "/open", "").status()).isEqualTo(200);
        assertThat(officer.postJson("/api/engagements", "{\"title\":\"" + draftTitle + "\",\"mode\":\"BROADCAST\","
                + "\"closesAt\":\"" + closes + "\"}").status()).isEqualTo(201);

        driver.get(base.toExternalForm());
        var card = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("li[data-round-id='" + id + "']")));

        assertThat(card.findElement(By.className("govuk-summary-card__title")).getText()).isEqualTo(openTitle);
        assertThat(driver.findElement(By.id("mode-consultation")).getText()).contains(openTitle);
        assertThat(card.getText()).contains("Consultation").contains("Browser Test Agency")
                .contains("Closes in 1 hour");
        // user text is shown as text, never run as markup
        assertThat(card.getText()).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.xpath("//*[text()='" + draftTitle + "']"))).isEmpty();
        assertThat(driver.findElement(By.id("rounds-status")).getText()).matches("\\d+ rounds? (is|are) open\\.");
        assertThat(driver.getTitle()).contains("Open rounds");
        screenshot("home");
    }

    @Test
    void the_home_page_has_no_wcag_2_1_aa_violations() {
        driver.get(base.toExternalForm());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("rounds-status"))
                .getText().startsWith("Loading"));
        assertAccessible();
    }

    @Test
    void a_citizen_follows_an_open_round_to_its_draft_and_reads_it() throws Exception {
        var officer = http.as(Tokens.officer(Tokens.unique("Reading agency")));
        long policy = officer.postJson("/api/policies", "{\"title\":\"Library hours\"}").json()
                .getJsonNumber("id").longValue();
        var version = officer.postJson("/api/policies/" + policy + "/versions", "{\"markdown\":\"# Library hours\\n\\n"
                + "The central library will open at **eight** on weekdays.\\n\\n- Saturdays: 9 to 17\\n- Sundays: closed"
                + "\",\"changelog\":\"First draft\"}").json();
        String title = "Library round " + Tokens.unique("r");
        var round = officer.postJson("/api/engagements", "{\"title\":\"" + title + "\",\"mode\":\"CONSULTATION\","
                + "\"draftVersionId\":" + version.getJsonNumber("versionId") + ",\"closesAt\":\""
                + Instant.now().plus(Duration.ofMinutes(100)) + "\"}").json();
        officer.postJson("/api/engagements/" + round.getJsonNumber("id") + "/open", "");

        driver.get(base.toExternalForm());
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        var card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li[data-round-id='" + round.getJsonNumber("id") + "']")));
        card.findElement(By.partialLinkText("Read Library hours")).click();

        var draft = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.agora-draft")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Library hours");
        var paragraphs = draft.findElements(By.className("agora-paragraph"));
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(1).getText()).isEqualTo("The central library will open at eight on weekdays.");
        assertThat(paragraphs.get(1).findElement(By.tagName("strong")).getText()).isEqualTo("eight");
        assertThat(paragraphs.get(2).findElements(By.tagName("li"))).hasSize(2);
        assertThat(paragraphs.get(1).getAttribute("id")).startsWith("p-");
        screenshot("draft");
        assertAccessible();
    }

    static void assertAccessible() {
        var violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations();
        assertThat(violations).as(() -> violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().size() + " node(s)").toList()
                .toString()).isEmpty();
    }

}
