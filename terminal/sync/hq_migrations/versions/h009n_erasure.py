"""head office carries out erasures and records the notifications it sent

Erasures: a member's personal data leaves every table.

When an ``erased`` member event arrives (or any fact about a member erased before: an edit made
offline elsewhere), a statement trigger running as the schema's owner removes the member's name,
phone, email and birthday from ``fact_log`` bodies (enrollment and profile edits, marked with
``_erased_by``; digest and hash stay, so every chain verifies), ``members`` and ``member_events``.
The trigger is named to fire after ``fact_log_after_insert``, which fills those tables.

Notifications: ``notifications_sent`` holds one row per member and key that ``loyalty hq notify``
claimed (``sending``), sent (``sent``) or skipped (``skipped:<reason>``); head office's owner
only (terminals have no grant on it). It never holds an address.

Revision ID: h009n
Revises: h002
Create Date: 2026-11-24
"""
from alembic import op

revision = "h009n"
down_revision = "h002"
branch_labels = None
depends_on = None

FUNCTIONS = """
CREATE FUNCTION hq_redact_changes(p_changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_changes IS NULL OR p_changes = '' THEN p_changes ELSE (
        SELECT coalesce(jsonb_object_agg(k, CASE WHEN k = 'name' THEN to_jsonb(''::text)
                                                 WHEN k IN ('phone', 'email', 'birthday') THEN 'null'::jsonb
                                                 ELSE v END), '{}'::jsonb)::text
          FROM jsonb_each(p_changes::jsonb) AS x(k, v)) END
$$;

CREATE FUNCTION hq_redact_member(p_member TEXT, p_by TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema} AS $$
BEGIN
    UPDATE fact_log SET body = (body::jsonb || jsonb_build_object(
            'name', '', 'phone', NULL, 'email', NULL, 'birthday', NULL, '_erased_by', p_by))::text
     WHERE member_id = p_member AND kind = 'members' AND NOT (body::jsonb ? '_erased_by');
    UPDATE fact_log SET body = (body::jsonb || jsonb_build_object(
            'changes', hq_redact_changes(body::jsonb ->> 'changes'), '_erased_by', p_by))::text
     WHERE member_id = p_member AND kind = 'member_events' AND body::jsonb ->> 'kind' = 'edited'
       AND NOT (body::jsonb ? '_erased_by');
    UPDATE members SET name = '', phone = NULL, email = NULL, birthday = NULL
     WHERE id = p_member AND (name <> '' OR phone IS NOT NULL OR email IS NOT NULL OR birthday IS NOT NULL);
    UPDATE member_events SET changes = hq_redact_changes(changes)
     WHERE member_id = p_member AND kind = 'edited' AND changes IS DISTINCT FROM hq_redact_changes(changes);
END $$;

CREATE FUNCTION hq_after_erasures() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema} AS $$
DECLARE
    erased RECORD;
BEGIN
    FOR erased IN
        SELECT DISTINCT ON (e.member_id) e.member_id, e.id
          FROM member_events e
         WHERE e.kind = 'erased'
           AND e.member_id IN (SELECT n.member_id FROM new_facts n
                                WHERE n.kind IN ('members', 'member_events') AND n.member_id IS NOT NULL)
         ORDER BY e.member_id, e.at, e.origin, e.seq
    LOOP
        PERFORM hq_redact_member(erased.member_id, erased.id);
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER fact_log_zz_erasures AFTER INSERT ON fact_log REFERENCING NEW TABLE AS new_facts
    FOR EACH STATEMENT EXECUTE FUNCTION hq_after_erasures();
CREATE TABLE notifications_sent (
    member_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, key)
);
REVOKE ALL ON notifications_sent FROM PUBLIC;
CREATE INDEX ix_fact_log_notifications ON fact_log (at, origin, seq) WHERE kind = 'notifications';
REVOKE ALL ON FUNCTION hq_redact_member(TEXT, TEXT), hq_after_erasures(), hq_redact_changes(TEXT) FROM PUBLIC;
"""


def upgrade() -> None:
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    op.execute(FUNCTIONS.replace("{schema}", schema))


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_fact_log_notifications")
    op.execute("DROP TABLE IF EXISTS notifications_sent")
    op.execute("DROP TRIGGER IF EXISTS fact_log_zz_erasures ON fact_log")
    op.execute("DROP FUNCTION IF EXISTS hq_after_erasures()")
    op.execute("DROP FUNCTION IF EXISTS hq_redact_member(TEXT, TEXT)")
    op.execute("DROP FUNCTION IF EXISTS hq_redact_changes(TEXT)")
