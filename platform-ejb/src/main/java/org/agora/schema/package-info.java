/**
 * Schema: the database schema comes only from the versioned Flyway migrations in {@code db/migration}, applied at
 * start-up before anything else touches the database. EclipseLink never creates or alters tables. Migrations are
 * plain portable SQL that runs on both H2 (the embedded default) and PostgreSQL (production).
 */
package org.agora.schema;
