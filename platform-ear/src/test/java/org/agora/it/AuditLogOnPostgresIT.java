package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The moderation log is append-only in the database itself: on a real PostgreSQL 15 (a throwaway cluster started by
 * scripts/postgres.sh), with the schema from our own migrations, even the application's user cannot change, delete
 * or truncate an entry.
 */
class AuditLogOnPostgresIT {

    static final int PORT = 55442;
    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path DIR = Path.of(System.getProperty("user.dir"), "target", "postgres-audit");
    static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/agora";

    static void script(String... args) throws Exception {
        var command = new java.util.ArrayList<String>(java.util.List.of("bash",
                ROOT.resolve("scripts/postgres.sh").toString()));
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("postgres.sh finished").isTrue();
        assertThat(process.exitValue()).as("postgres.sh " + String.join(" ", args)).isZero();
    }

    @BeforeAll
    static void postgres() throws Exception {
        script("start", DIR.toString(), String.valueOf(PORT));
        try (Connection c = DriverManager.getConnection(URL, "agora", "agora"); var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Flyway.configure().dataSource(URL, "agora", "agora")
                .locations("classpath:db/migration", "classpath:db/postgresql").load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        script("stop", DIR.toString());
    }

    @Test
    void entries_can_be_added_but_never_changed_deleted_or_truncated() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "agora", "agora"); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO moderation_audit (id, engagement_id, action, actor_name, occurred_at)"
                    + " VALUES (1, 7, 'remove', 'maya', now())");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE moderation_audit SET actor_name = 'nobody'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM moderation_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE moderation_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            try (var rs = s.executeQuery("SELECT actor_name FROM moderation_audit WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("maya");
            }
        }
    }
}
