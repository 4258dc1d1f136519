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
        String closes = Instant.now().plus(Duration.ofDays(12)).toString();
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

        assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo(openTitle);
        assertThat(card.getText()).contains("Consultation").contains("Browser Test Agency")
                .contains("Closes in 11 days");
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
        var violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations();
        assertThat(violations).as(() -> violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().size() + " node(s)").toList()
                .toString()).isEmpty();
    }

}
