package org.agora.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Agora API", version = "0.1",
        description = "Online public engagement: rounds, drafts, comments, moderation. Errors are RFC 9457"
                + " application/problem+json documents with a stable type.",
        license = @License(name = "Proprietary")))
public class AgoraApi extends Application {
}
