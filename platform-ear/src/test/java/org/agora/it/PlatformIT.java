package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;

/** What the platform serves besides the API: OpenAPI, health, the public page and its assets, security headers. */
class PlatformIT extends WholeApplication {


    @Test
    void the_openapi_document_describes_the_engagements_api() {
        var reply = http.get("/openapi?format=JSON");
        assertThat(reply.status()).isEqualTo(200);
        var doc = reply.json();
        assertThat(doc.getJsonObject("info").getString("title")).isEqualTo("Agora API");
        assertThat(doc.getJsonObject("paths").keySet())
                .contains("/api/engagements", "/api/engagements/{id}", "/api/engagements/{id}/{action}");
    }

    @Test
    void health_reports_ready_once_the_application_is_deployed() throws Exception {
        var management = new URL("http://127.0.0.1:" + System.getProperty("agora.it.management.port") + "/");
        var reply = new Http(management).get("/health/ready");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var health = reply.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("deployments-status");
                    assertThat(check.getJsonObject("data").getString("agora.ear")).isEqualTo("OK");
                });
    }

    @Test
    void the_public_page_is_served_with_the_design_system_and_security_headers() {
        var page = http.send("GET", "/", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("govuk-frontend.min.css").doesNotContain("@version");
        assertThat(page.body()).doesNotContain("<script>"); // no inline scripts: the CSP forbids them
        assertThat(page.header("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("X-Frame-Options")).contains("DENY");

        var css = page.body().replaceAll("(?s).*href=\"(/webjars/[^\"]+\\.css)\".*", "$1");
        var stylesheet = http.send("GET", css, null, null);
        assertThat(stylesheet.status()).as(css).isEqualTo(200);
        assertThat(stylesheet.header("Content-Type")).get().asString().startsWith("text/css");
        var script = http.send("GET", "/assets/layout.js", null, null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("@version").contains("/webjars/govuk-frontend/");
        String frontend = script.body().replaceAll("(?s).*?from '(/webjars/[^']+)'.*", "$1");
        assertThat(http.send("GET", frontend, null, null).status()).as(frontend).isEqualTo(200);
    }
}
