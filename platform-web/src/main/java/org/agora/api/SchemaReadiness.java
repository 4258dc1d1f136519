package org.agora.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.schema.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema migrations have been applied (lives in the WAR: WildFly collects health checks there). */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var version = migrator.schemaVersion();
        return HealthCheckResponse.named("agora-schema")
                .status(version.isPresent())
                .withData("version", version.orElse("none"))
                .build();
    }
}
