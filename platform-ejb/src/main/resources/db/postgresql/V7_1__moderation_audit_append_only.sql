-- PostgreSQL only: the moderation audit log is append-only. The application's own database user cannot change or
-- delete an entry: every UPDATE, DELETE or TRUNCATE is refused by the database itself.
CREATE FUNCTION moderation_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'moderation_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER moderation_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON moderation_audit
    FOR EACH ROW EXECUTE FUNCTION moderation_audit_refuse_change();

CREATE TRIGGER moderation_audit_no_truncate BEFORE TRUNCATE ON moderation_audit
    FOR EACH STATEMENT EXECUTE FUNCTION moderation_audit_refuse_change();
