-- Team mode on PostgreSQL: every person connects with their own login, and the grants, row-level
-- security policies and triggers below enforce the review rules in the database itself, whatever
-- client is used (notecheck, psql, anything else):
--   * only a supervisor or admin can sign off or return a decision, never their own (four eyes);
--   * every action is recorded as the login that takes it (session_user), never as someone else;
--   * audit events are append-only and chained by hash inside the database; decisions too;
--   * flags are never deleted, and only admins manage users.
-- Placeholders (@schema@, @database@, @staff@, @admins@) are filled in by the migration.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@staff@') THEN
    CREATE ROLE "@staff@" NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@admins@') THEN
    CREATE ROLE "@admins@" NOLOGIN;
  END IF;
END $$;
GRANT "@staff@" TO "@admins@";
INSERT INTO team_settings (key, value) VALUES ('staff_role', '@staff@'), ('admin_role', '@admins@');

REVOKE CONNECT, TEMPORARY ON DATABASE "@database@" FROM PUBLIC;
GRANT CONNECT ON DATABASE "@database@" TO "@staff@";
GRANT USAGE ON SCHEMA "@schema@" TO "@staff@";

-- Who is connected: the notecheck user whose name is the session's login.
CREATE FUNCTION notecheck_user_id() RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "@schema@", pg_temp
  AS $$ SELECT id FROM users WHERE name = session_user AND active $$;
CREATE FUNCTION notecheck_user_role() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "@schema@", pg_temp
  AS $$ SELECT role FROM users WHERE name = session_user AND active $$;

-- Privileges: read everything but password hashes; add rows; change only flags and one's own scan runs.
GRANT SELECT ON calls, segments, ruleset_versions, rulebooks, rulebook_rulesets, publications, scan_runs,
  flags, decisions, audit_events, alembic_version, team_settings TO "@staff@";
GRANT SELECT (id, name, display_name, role, active, created_at) ON users TO "@staff@";
GRANT INSERT ON calls, segments, ruleset_versions, rulebooks, rulebook_rulesets, publications, scan_runs,
  flags, decisions, audit_events TO "@staff@";
GRANT UPDATE ON flags, scan_runs TO "@staff@";
GRANT SELECT, INSERT, UPDATE ON users TO "@admins@";

CREATE SEQUENCE audit_events_id_seq OWNED BY audit_events.id;
SELECT setval('audit_events_id_seq', coalesce(max(id), 0) + 1, false) FROM audit_events;  -- after existing events
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "@schema@" TO "@staff@";

-- Row-level security: rows are added only as oneself.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT USING (true);
CREATE POLICY users_add ON users FOR INSERT WITH CHECK ((SELECT notecheck_user_role()) = 'admin');
CREATE POLICY users_change ON users FOR UPDATE USING ((SELECT notecheck_user_role()) = 'admin')
  WITH CHECK ((SELECT notecheck_user_role()) = 'admin');

ALTER TABLE calls ENABLE ROW LEVEL SECURITY;
CREATE POLICY calls_read ON calls FOR SELECT USING (true);
CREATE POLICY calls_import ON calls FOR INSERT WITH CHECK (imported_by_id = (SELECT notecheck_user_id()));

ALTER TABLE scan_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY scan_runs_read ON scan_runs FOR SELECT USING (true);
CREATE POLICY scan_runs_start ON scan_runs FOR INSERT WITH CHECK (started_by_id = (SELECT notecheck_user_id()));
CREATE POLICY scan_runs_finish ON scan_runs FOR UPDATE USING (started_by_id = (SELECT notecheck_user_id()))
  WITH CHECK (started_by_id = (SELECT notecheck_user_id()));

ALTER TABLE publications ENABLE ROW LEVEL SECURITY;
CREATE POLICY publications_read ON publications FOR SELECT USING (true);
-- Compliance officers and admins publish rule books; the very first one may come with anyone's first import.
CREATE POLICY publications_publish ON publications FOR INSERT WITH CHECK (
  published_by_id = (SELECT notecheck_user_id())
  AND ((SELECT notecheck_user_role()) IN ('compliance_officer', 'admin') OR NOT EXISTS (SELECT 1 FROM publications)));

ALTER TABLE flags ENABLE ROW LEVEL SECURITY;
CREATE POLICY flags_read ON flags FOR SELECT USING (true);
CREATE POLICY flags_add ON flags FOR INSERT WITH CHECK (
  (source = 'rule' AND status = 'open' AND version = 1 AND last_action IS NULL AND last_actor_id IS NULL
     AND decided_by_id IS NULL AND reviewed_by_id IS NULL AND created_by_id IS NULL AND prev_state IS NULL)
  OR (source = 'manual' AND created_by_id = (SELECT notecheck_user_id()) AND status = 'confirmed'
     AND outcome = 'confirmed' AND version = 1 AND last_action = 'manual' AND last_actor_id = created_by_id
     AND decided_by_id = created_by_id AND reviewed_by_id IS NULL AND prev_state IS NULL));
CREATE POLICY flags_change ON flags FOR UPDATE USING (true) WITH CHECK (true);  -- notecheck_flag_guard decides

ALTER TABLE decisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY decisions_read ON decisions FOR SELECT USING (true);
CREATE POLICY decisions_add ON decisions FOR INSERT WITH CHECK (
  actor_id = (SELECT notecheck_user_id()) AND role = (SELECT notecheck_user_role()));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_events_read ON audit_events FOR SELECT USING (true);
CREATE POLICY audit_events_add ON audit_events FOR INSERT WITH CHECK (actor = session_user);

-- Flags: identity never changes; review state changes only by the workflow's rules.
CREATE FUNCTION notecheck_flag_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = "@schema@", pg_temp AS $$
DECLARE
  me integer := notecheck_user_id();
  my_role text := notecheck_user_role();
  prev jsonb;
  verdict text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'flag %: flags are never deleted', OLD.id USING ERRCODE = '42501';
  END IF;
  IF (NEW.id, NEW.call_id, NEW.segment_idx, NEW.rule, NEW.span_start, NEW.span_end, NEW.source, NEW.created_by_id)
     IS DISTINCT FROM (OLD.id, OLD.call_id, OLD.segment_idx, OLD.rule, OLD.span_start, OLD.span_end, OLD.source,
                       OLD.created_by_id) THEN
    RAISE EXCEPTION 'flag %: a flag''s identity cannot change', OLD.id USING ERRCODE = '42501';
  END IF;
  IF (NEW.status, NEW.outcome, NEW.version, NEW.decided_by_id, NEW.decided_at, NEW.decision_reason,
      NEW.reviewed_by_id, NEW.reviewed_at, NEW.review_reason, NEW.last_action, NEW.last_actor_id, NEW.prev_state)
     IS NOT DISTINCT FROM
     (OLD.status, OLD.outcome, OLD.version, OLD.decided_by_id, OLD.decided_at, OLD.decision_reason,
      OLD.reviewed_by_id, OLD.reviewed_at, OLD.review_reason, OLD.last_action, OLD.last_actor_id,
      OLD.prev_state) THEN
    RETURN NEW;  -- re-scan bookkeeping, not a review action
  END IF;
  IF me IS NULL THEN
    RAISE EXCEPTION 'flag %: login % is not a notecheck user', OLD.id, session_user USING ERRCODE = '42501';
  END IF;
  IF NEW.last_actor_id IS DISTINCT FROM me THEN
    RAISE EXCEPTION 'flag %: an action is recorded as the login that takes it (%)', OLD.id, session_user
      USING ERRCODE = '42501';
  END IF;
  IF NEW.version <> OLD.version + 1 THEN
    RAISE EXCEPTION 'flag %: each action moves the version on by one', OLD.id USING ERRCODE = '42501';
  END IF;
  CASE NEW.last_action
  WHEN 'confirm', 'dismiss', 'escalate' THEN
    IF NOT ((OLD.status IN ('open', 'returned') AND my_role IN ('qa_reviewer', 'supervisor', 'admin'))
            OR (OLD.status = 'escalated' AND NEW.last_action <> 'escalate'
                AND my_role IN ('compliance_officer', 'admin'))) THEN
      RAISE EXCEPTION 'flag %: a % cannot % a flag that is %', OLD.id, my_role, NEW.last_action, OLD.status
        USING ERRCODE = '42501';
    END IF;
    verdict := CASE NEW.last_action WHEN 'confirm' THEN 'confirmed' WHEN 'dismiss' THEN 'dismissed' END;
    IF NEW.status IS DISTINCT FROM coalesce(verdict, 'escalated') OR NEW.outcome IS DISTINCT FROM verdict
       OR NEW.decided_by_id IS DISTINCT FROM me THEN
      RAISE EXCEPTION 'flag %: a % is recorded as decided by the login that takes it', OLD.id, NEW.last_action
        USING ERRCODE = '42501';
    END IF;
    IF NEW.last_action = 'dismiss' AND coalesce(btrim(NEW.decision_reason), '') = '' THEN
      RAISE EXCEPTION 'flag %: dismissing needs a reason', OLD.id USING ERRCODE = '23514';
    END IF;
  WHEN 'sign_off', 'return' THEN
    IF my_role NOT IN ('supervisor', 'admin') THEN
      RAISE EXCEPTION 'flag %: a % cannot sign off or return decisions', OLD.id, my_role USING ERRCODE = '42501';
    END IF;
    IF OLD.status NOT IN ('confirmed', 'dismissed') THEN
      RAISE EXCEPTION 'flag %: only a decided flag can be signed off or returned (it is %)', OLD.id, OLD.status
        USING ERRCODE = '42501';
    END IF;
    IF OLD.decided_by_id = me THEN
      RAISE EXCEPTION 'flag %: four eyes: % decided this flag and cannot also sign it off or return it',
        OLD.id, session_user USING ERRCODE = '42501';
    END IF;
    IF NEW.status IS DISTINCT FROM (CASE NEW.last_action WHEN 'sign_off' THEN 'signed_off' ELSE 'returned' END)
       OR NEW.reviewed_by_id IS DISTINCT FROM me OR NEW.decided_by_id IS DISTINCT FROM OLD.decided_by_id
       OR NEW.outcome IS DISTINCT FROM OLD.outcome THEN
      RAISE EXCEPTION 'flag %: a % is recorded as reviewed by the login that takes it', OLD.id, NEW.last_action
        USING ERRCODE = '42501';
    END IF;
    IF NEW.last_action = 'return' AND coalesce(btrim(NEW.review_reason), '') = '' THEN
      RAISE EXCEPTION 'flag %: returning needs a reason', OLD.id USING ERRCODE = '23514';
    END IF;
  WHEN 'undo' THEN
    IF OLD.last_actor_id IS DISTINCT FROM me OR OLD.prev_state IS NULL
       OR OLD.last_action NOT IN ('confirm', 'dismiss', 'escalate', 'sign_off', 'return') THEN
      RAISE EXCEPTION 'flag %: only the last action on a flag can be undone, and only by whoever took it', OLD.id
        USING ERRCODE = '42501';
    END IF;
    -- The state before the last action is restored from the row itself, whatever the client sent.
    prev := OLD.prev_state::jsonb;
    NEW.status := prev->>'status';
    NEW.outcome := prev->>'outcome';
    NEW.decided_by_id := (prev->>'decided_by_id')::integer;
    NEW.decided_at := (prev->>'decided_at')::timestamp;
    NEW.decision_reason := prev->>'decision_reason';
    NEW.reviewed_by_id := (prev->>'reviewed_by_id')::integer;
    NEW.reviewed_at := (prev->>'reviewed_at')::timestamp;
    NEW.review_reason := prev->>'review_reason';
    NEW.prev_state := NULL;
    RETURN NEW;
  ELSE
    RAISE EXCEPTION 'flag %: unknown action %', OLD.id, NEW.last_action USING ERRCODE = '42501';
  END CASE;
  NEW.prev_state := json_build_object(
    'status', OLD.status, 'outcome', OLD.outcome, 'decided_by_id', OLD.decided_by_id,
    'decided_at', OLD.decided_at, 'decision_reason', OLD.decision_reason, 'reviewed_by_id', OLD.reviewed_by_id,
    'reviewed_at', OLD.reviewed_at, 'review_reason', OLD.review_reason)::text;
  RETURN NEW;
END $$;
CREATE TRIGGER flags_guard BEFORE UPDATE OR DELETE ON flags FOR EACH ROW EXECUTE FUNCTION notecheck_flag_guard();

-- Audit events and decisions are never changed or removed, by anyone.
CREATE FUNCTION notecheck_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION notecheck_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION notecheck_append_only();
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION notecheck_append_only();
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION notecheck_append_only();

-- The audit chain is extended inside the database: one writer at a time, the id, time, role and hashes
-- set here, so no client can forge them.
CREATE FUNCTION notecheck_audit_hash(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    e.id::text, e.prev_hash, ((extract(epoch FROM e.at) * 1000000)::bigint)::text, e.actor, e.role, e.action,
    e.subject, coalesce(e.flag_id::text, ''), coalesce(e.before, ''), coalesce(e.after, ''),
    coalesce(e.reason, ''), coalesce(e.ruleset, '')), 'UTF8')), 'hex')
$$;
CREATE FUNCTION notecheck_audit_append() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = "@schema@", pg_temp AS $$
DECLARE
  last_hash text;
  actor_role text := notecheck_user_role();
BEGIN
  IF NEW.actor IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'audit events are written as the connected login (%), not as %', session_user, NEW.actor
      USING ERRCODE = '42501';
  END IF;
  IF actor_role IS NULL THEN
    IF NOT pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                                      WHERE schemaname = '@schema@' AND tablename = 'audit_events'), 'MEMBER') THEN
      RAISE EXCEPTION 'login % is not a notecheck user', session_user USING ERRCODE = '42501';
    END IF;
    actor_role := 'owner';
  END IF;
  NEW.role := actor_role;
  PERFORM pg_advisory_xact_lock(hashtext('notecheck.audit_events'));
  SELECT hash INTO last_hash FROM audit_events ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.id := nextval('audit_events_id_seq');
  NEW.at := clock_timestamp() AT TIME ZONE 'UTC';
  NEW.hash := notecheck_audit_hash(NEW);
  RETURN NEW;
END $$;
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION notecheck_audit_append();
