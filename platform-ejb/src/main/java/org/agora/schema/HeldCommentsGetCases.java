package org.agora.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 19.1: comments held by a round's pre-moderation before ADR 0008 were stored PENDING without a moderation
 * case, so nobody ever saw them. Each gets its case now (origin PRE_MODERATION, waiting in the queue) and an entry in
 * the moderation log, so that every held contribution reaches a moderator. Ids come from the moderation sequence one
 * value per row, which EclipseLink never hands out again.
 */
public class HeldCommentsGetCases implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("19.1");
    }

    @Override
    public String getDescription() {
        return "held comments get cases";
    }

    @Override
    public Integer getChecksum() {
        return 19_1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        String next = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgresql") ? "SELECT nextval('moderation_seq')" : "SELECT NEXT VALUE FOR moderation_seq";
        var now = Timestamp.from(Instant.now());
        String why = "pre-moderation: This round publishes contributions once a moderator has read them.";
        try (var orphans = connection.prepareStatement("SELECT c.id, c.engagement_id, c.author_id, c.markdown,"
                + " c.created_at FROM round_comment c WHERE c.state = 'PENDING' AND NOT EXISTS (SELECT 1 FROM"
                + " moderation_case m WHERE m.content_type = 'comment' AND m.content_id = c.id)");
                var rows = orphans.executeQuery();
                var addCase = connection.prepareStatement("INSERT INTO moderation_case (id, content_type,"
                        + " content_id, engagement_id, author_id, snapshot, link, origin, state, content_state, score,"
                        + " flag_count, screening, opened_at, updated_at, version) VALUES (?, 'comment', ?, ?, ?, ?, ?,"
                        + " 'PRE_MODERATION', 'OPEN', 'HELD', 0, 0, ?, ?, ?, 1)");
                var addAudit = connection.prepareStatement("INSERT INTO moderation_audit (id, engagement_id,"
                        + " case_id, content_type, content_id, action, actor_name, state_after, statement,"
                        + " occurred_at) VALUES (?, ?, ?, 'comment', ?, 'pre-moderation-hold', 'platform', 'OPEN', ?,"
                        + " ?)")) {
            while (rows.next()) {
                long comment = rows.getLong(1);
                long round = rows.getLong(2);
                String text = rows.getString(4);
                long caseId = next(connection, next);
                addCase.setLong(1, caseId);
                addCase.setLong(2, comment);
                addCase.setLong(3, round);
                addCase.setLong(4, rows.getLong(3));
                addCase.setString(5, text == null ? "" : text.length() > 10_000 ? text.substring(0, 10_000) : text);
                addCase.setString(6, "/draft.html?round=" + round + "#comment-" + comment);
                addCase.setString(7, why);
                addCase.setTimestamp(8, rows.getTimestamp(5));
                addCase.setTimestamp(9, now);
                addCase.executeUpdate();
                addAudit.setLong(1, next(connection, next));
                addAudit.setLong(2, round);
                addAudit.setLong(3, caseId);
                addAudit.setLong(4, comment);
                addAudit.setString(5, why + " (held before held items got their case; opened by the upgrade)");
                addAudit.setTimestamp(6, now);
                addAudit.executeUpdate();
            }
        }
    }

    private static long next(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
