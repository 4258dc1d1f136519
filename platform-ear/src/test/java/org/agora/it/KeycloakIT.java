package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end against the real Keycloak that the test command starts (demo realm from realm/consult-realm.json):
 * tokens from password grants for the demo users, and a real browser sign-in through Keycloak's login page.
 * Runs in its own failsafe execution, with WildFly configured against that Keycloak.
 */
class KeycloakIT extends InBrowser {

    static final String KEYCLOAK = System.getProperty("agora.it.keycloak.url", "http://127.0.0.1:8380");
    static final String REALM = KEYCLOAK + "/realms/consult";

    /** An access token for a demo user, from Keycloak's token endpoint (direct grant, demo realm only). */
    static String passwordGrant(String user) throws Exception {
        String form = "grant_type=password&client_id=consult-web&scope=openid&username=" + user + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("password grant for %s: %s", user, response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    static JsonObject payload(String jwt) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void demo_users_get_tokens_with_their_roles_and_the_api_audience() throws Exception {
        var expected = new LinkedHashMap<String, List<String>>();
        expected.put("alice", List.of("citizen"));
        expected.put("ben", List.of("citizen"));
        expected.put("maya", List.of("citizen", "moderator"));
        expected.put("omar", List.of("agency"));
        expected.put("tina", List.of("trainee"));
        expected.put("trent", List.of("trainer"));
        expected.put("ada", List.of("admin"));
        var ours = List.of("citizen", "moderator", "agency", "trainee", "trainer", "admin");
        for (var user : expected.entrySet()) {
            var claims = payload(passwordGrant(user.getKey()));
            var roles = claims.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .filter(ours::contains).sorted().toList();
            assertThat(roles).as(user.getKey()).isEqualTo(user.getValue().stream().sorted().toList());
            assertThat(claims.getString("iss")).isEqualTo(REALM);
            assertThat(claims.get("aud").toString()).contains("consult-server");
            assertThat(claims.getString("preferred_username")).isEqualTo(user.getKey());
        }
        assertThat(payload(passwordGrant("omar")).getString("agency")).isEqualTo("City Transport Department");
    }

    @Test
    void the_engagement_role_matrix_holds_with_real_keycloak_tokens() throws Exception {
        var tokens = new LinkedHashMap<String, String>();
        for (var user : List.of("alice", "maya", "omar", "olga", "tina", "trent", "ada")) {
            tokens.put(user, passwordGrant(user));
        }
        String round = "{\"title\":\"Keycloak round\",\"mode\":\"CONSULTATION\",\"closesAt\":\""
                + Instant.now().plus(Duration.ofDays(5)) + "\"}";
        Map<String, Integer> create = Map.of("alice", 403, "maya", 403, "omar", 201, "olga", 201, "tina", 403,
                "trent", 403, "ada", 400); // ada is admin: must name the agency
        assertThat(http.postJson("/api/engagements", round).status()).isEqualTo(401);
        for (var user : create.entrySet()) {
            assertThat(http.as(tokens.get(user.getKey())).postJson("/api/engagements", round).status())
                    .as("create as %s", user.getKey()).isEqualTo(user.getValue());
        }
        var omars = http.as(tokens.get("omar")).postJson("/api/engagements", round).json();
        long id = omars.getJsonNumber("id").longValue();
        assertThat(omars.getString("agency")).isEqualTo("City Transport Department");
        assertThat(http.get("/api/engagements/" + id).status()).isEqualTo(404); // a draft
        assertThat(http.as(tokens.get("olga")).postJson("/api/engagements/" + id + "/open", "").status())
                .isEqualTo(404);
        assertThat(http.as(tokens.get("omar")).postJson("/api/engagements/" + id + "/open", "").status())
                .isEqualTo(200);
        for (var user : List.of("alice", "maya", "olga", "tina", "trent")) {
            assertThat(http.as(tokens.get(user)).postJson("/api/engagements/" + id + "/close", "").status())
                    .as("close as %s", user).isEqualTo(403);
        }
        assertThat(http.as(tokens.get("ada")).postJson("/api/engagements/" + id + "/close", "").status())
                .isEqualTo(200);
        assertThat(http.as(tokens.get("omar") + "x").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void a_person_signs_in_through_keycloak_and_the_session_is_csrf_protected_and_signs_out() throws Exception {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(base.toExternalForm());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();

        // Keycloak's own login page
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("omar");
        assertThat(driver.getCurrentUrl()).startsWith(REALM);
        driver.findElement(By.id("password")).sendKeys("omar");
        driver.findElement(By.id("kc-login")).click();

        // back on our page, signed in
        var who = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(driver.getCurrentUrl()).startsWith(base.toExternalForm());
        assertThat(who.getText()).contains("omar").contains("agency officer").contains("City Transport Department");
        screenshot("signed-in");

        // the session cookie alone does not allow writes: the page's own calls add the CSRF header
        var js = (JavascriptExecutor) driver;
        String body = "{\"title\":\"From the browser\",\"mode\":\"BROADCAST\"}";
        Object withoutHeader = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/engagements', {method: 'POST', credentials: 'same-origin', headers: {"
                + "'Content-Type': 'application/json'}, body: arguments[0]}).then(r => r.text().then(t => done("
                + "r.status + ' ' + t)));", body);
        assertThat(withoutHeader.toString()).startsWith("403").contains("/problems/csrf");
        Object withHeader = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/assets/account.js').then(m => m.api('/api/engagements', {method: 'POST', headers: {"
                + "'Content-Type': 'application/json'}, body: arguments[0]})).then(r => done(r.status));", body);
        assertThat(withHeader.toString()).isEqualTo("201");

        // sign out ends our session and Keycloak's
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(driver.getCurrentUrl()).startsWith(base.toExternalForm());
        Object me = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/me').then(r => r.json()).then(j => done(String(j.authenticated)));");
        assertThat(me).isEqualTo("false");
        // signing in again needs the password again: Keycloak's session is gone too
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(REALM);
    }
}
