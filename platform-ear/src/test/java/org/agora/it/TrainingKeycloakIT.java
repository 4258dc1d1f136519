package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training sandbox in the pages, with the demo realm's users (issue 14): tina reads the debrief of the run the
 * demo seeded, plays "Tame the trolls" at 60× on the ordinary pages — the queue, the draft page — and reads her
 * debrief; on a live round she is offered no form she would be refused. trent creates a class for tina and theo in
 * the page and watches the cohort table fill in as they play.
 */
class TrainingKeycloakIT extends InBrowser {

    @Test
    void a_trainee_plays_tame_the_trolls_in_the_pages_to_its_debrief() throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class); // pages reload themselves after a post
        signIn(base, "tina");
        driver.findElement(By.id("nav-training")).click();

        // the demo: trent's class waits for her, and her finished run has its debrief
        visible(wait, By.cssSelector(".agora-invitations li"));
        assertThat(driver.findElements(By.cssSelector(".agora-invitations li"))).anySatisfy(invitation ->
                assertThat(invitation.getText()).contains("Induction: taming trolls").contains("trent"));
        // her oldest run is the demo's finished one
        var runs = driver.findElements(By.cssSelector(".agora-runs tbody tr"));
        var finished = runs.get(runs.size() - 1);
        assertThat(finished.getText()).contains("Tame the trolls").contains("Finished").contains("/ 100");
        finished.findElement(By.linkText("Debrief")).click();
        var score = visible(wait, By.cssSelector(".agora-debrief-score .govuk-panel__title"));
        assertThat(score.getText()).matches("\\d{1,3} / 100");
        assertThat(driver.findElement(By.id("criterion-moderation")).getText()).contains("Moderation accuracy")
                .contains("removed it (ABUSE)").contains("left it up (under-enforcement)");
        screenshot("training-debrief-demo");

        // a run of her own at 60×, from the library
        driver.get(base.toExternalForm() + "training.html");
        var card = visible(wait, By.cssSelector(".agora-scenario[data-scenario='tame-the-trolls']"));
        assertThat(driver.findElements(By.cssSelector(".agora-scenario"))).hasSizeGreaterThanOrEqualTo(12);
        new Select(card.findElement(By.id("speed-tame-the-trolls"))).selectByValue("60");
        card.findElement(By.cssSelector(".agora-start-form button")).click();
        visible(wait, By.id("run-clock"));
        assertThat(driver.getCurrentUrl()).contains("/run.html?id=");
        String runPage = driver.getCurrentUrl();
        long run = Long.parseLong(runPage.substring(runPage.indexOf("id=") + 3));
        // the personas arrive on the scenario clock: Bill's grievance at minute 8
        visible(wait, By.cssSelector("#run-timeline li[data-event='e3']"));
        screenshot("training-run-desktop");

        // the troll's insult waits in her queue (held by screening); she removes it with a reason
        driver.findElement(By.linkText("Moderation queue")).click();
        var insult = wait.until(d -> d.findElements(By.cssSelector("li.agora-case")).stream()
                .filter(c -> c.getText().contains("moron")).findFirst().orElse(null));
        String caseId = insult.getAttribute("data-case-id");
        new Select(insult.findElement(By.id("case-" + caseId + "-action"))).selectByValue("remove");
        new Select(insult.findElement(By.id("case-" + caseId + "-reason"))).selectByValue("ABUSE");
        insult.findElement(By.id("case-" + caseId + "-statement")).sendKeys("Insults aimed at people break the"
                + " house rules.");
        insult.findElement(By.cssSelector(".agora-decision-form button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("li.agora-case[data-case-id='" + caseId + "']")));

        // she answers the angry resident on the draft page, as the round's officer
        driver.get(runPage);
        visible(wait, By.cssSelector(".agora-run-rounds a")).click();
        var bill = wait.until(d -> d.findElements(By.cssSelector("li.agora-comment")).stream()
                .filter(c -> c.getText().contains("six times since March")).findFirst().orElse(null));
        bill.findElement(By.cssSelector(".agora-reply summary")).click();
        bill.findElement(By.cssSelector(".agora-reply textarea")).sendKeys("Thank you, Bill, and I am sorry your"
                + " reports went unanswered. The wardens will start at your gate next week.");
        bill.findElement(By.cssSelector(".agora-reply button")).click();
        wait.until(d -> d.findElements(By.cssSelector("li.agora-comment")).stream()
                .anyMatch(c -> c.getText().contains("(official reply)") && c.getText().contains("sorry your")));

        // finished: the debrief scores what she did against the key
        driver.get(runPage);
        visible(wait, By.cssSelector("button[data-action='finish']")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        visible(wait, By.cssSelector(".agora-debrief-score"));
        assertThat(driver.getCurrentUrl()).contains("/debrief.html?run=" + run);
        var moderation = driver.findElement(By.id("criterion-moderation")).getText();
        assertThat(moderation).contains("removed it (ABUSE)");
        assertThat(driver.findElement(By.id("criterion-tone")).getText()).contains("Your reply");
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("training-debrief-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // on a live round she is offered nothing she would be refused
        JsonObject live = http.get("/api/engagements?state=OPEN&mode=CONSULTATION&size=20").json()
                .getJsonArray("items").stream().map(JsonObject.class::cast).filter(r -> r.containsKey("draft")
                        && !r.isNull("draft")).findFirst().orElseThrow();
        var draft = live.getJsonObject("draft");
        driver.get(base.toExternalForm() + "draft.html?policy=" + draft.getJsonNumber("policyId") + "&version="
                + draft.getInt("number") + "&round=" + live.getJsonNumber("id"));
        visible(wait, By.className("agora-comment-count"));
        assertThat(driver.findElements(By.className("agora-comment-here"))).isEmpty();
        assertThat(driver.findElements(By.className("agora-report"))).isEmpty();
        assertThat(driver.findElements(By.className("agora-reply"))).isEmpty();
        signOut(wait);
    }

    @Test
    void a_trainer_runs_a_class_for_two_trainees_and_watches_the_cohort_table() throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class); // the cohort table refreshes itself
        signIn(base, "trent");
        driver.findElement(By.id("nav-training")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".agora-class-form")));
        driver.findElement(By.xpath("//summary[.//text()[contains(., 'Create a class')]]")).click();
        var create = visible(wait, By.cssSelector(".agora-class-form"));
        String title = "March cohort " + Tokens.unique("c");
        create.findElement(By.id("class-title")).sendKeys(title);
        new Select(create.findElement(By.id("class-scenario"))).selectByValue("tame-the-trolls");
        new Select(create.findElement(By.id("class-speed"))).selectByValue("60");
        create.findElement(By.id("class-trainees")).sendKeys("tina, theo");
        create.findElement(By.cssSelector("button")).click();
        var table = visible(wait, By.id("cohort"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(table.getText()).contains("tina").contains("theo").contains("Not started");
        String classPage = driver.getCurrentUrl();
        long course = Long.parseLong(classPage.substring(classPage.indexOf("id=") + 3));

        // both start their place in the class; the table follows them live
        var tina = http.as(KeycloakIT.passwordGrant("tina"));
        var theo = http.as(KeycloakIT.passwordGrant("theo"));
        var tinaRun = tina.postJson("/api/training/runs", "{\"class\":" + course + "}");
        assertThat(tinaRun.status()).as(tinaRun.body()).isEqualTo(201);
        assertThat(theo.postJson("/api/training/runs", "{\"class\":" + course + "}").status()).isEqualTo(201);
        wait.until(d -> d.findElements(By.cssSelector("#cohort tbody tr")).stream()
                .allMatch(r -> r.getText().contains("Running")));
        long tinaRunId = tinaRun.json().getJsonNumber("id").longValue();
        assertThat(tina.postJson("/api/training/runs/" + tinaRunId + "/finish", "").status()).isEqualTo(200);
        var tinaRow = wait.until(d -> d.findElements(By.cssSelector("#cohort tbody tr[data-trainee='tina']")).stream()
                .filter(r -> r.getText().contains("Finished")).findFirst().orElse(null));
        assertThat(tinaRow.findElements(By.cssSelector("a[href*='/debrief.html?run=" + tinaRunId + "']")))
                .hasSize(1);
        screenshot("training-class-desktop");
        driver.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        screenshot("training-class-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
        var csv = http.as(KeycloakIT.passwordGrant("trent")).send("GET", "/api/training/classes/" + course + "/csv",
                null, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(3);
        theo.postJson("/api/training/runs/" + theo.get("/api/training/mine").json().getJsonArray("runs")
                .getJsonObject(0).getJsonNumber("id") + "/finish", "");
        signOut(wait);
    }
}
