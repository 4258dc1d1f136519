package org.agora.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date when the application starts. A failed migration fails the deployment, which WildFly's
 * readiness check ({@code /health/ready}, "deployments-status") then reports as DOWN.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/AgoraDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                .javaMigrations(new HeldCommentsGetCases())
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        String version = current == null ? "empty" : current.getVersion().getVersion();
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** Portable migrations, plus db/postgresql (e.g. triggers making the audit log append-only) on PostgreSQL. */
    private String[] locations() {
        try (var connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgresql")) {
                return new String[] {"classpath:db/migration", "classpath:db/postgresql"};
            }
            return new String[] {"classpath:db/migration"};
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate its schema", e);
        }
    }
}
