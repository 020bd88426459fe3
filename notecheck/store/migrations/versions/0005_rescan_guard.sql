-- Re-scans are for compliance officers and admins: what a rule raised on a flag (raised, rule set, category,
-- severity, words, message …) changes only through them (or the database owner), and a review action
-- changes only the review state. Same placeholders as 0003_team_security.sql.

CREATE OR REPLACE FUNCTION notecheck_flag_guard() RETURNS trigger
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
    -- Not a review action: a re-scan's bookkeeping, which only compliance officers and admins run.
    IF my_role IS DISTINCT FROM 'compliance_officer' AND my_role IS DISTINCT FROM 'admin'
       AND NOT pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                                          WHERE schemaname = '@schema@' AND tablename = 'flags'), 'MEMBER') THEN
      RAISE EXCEPTION 'flag %: only a compliance officer or admin re-scans flags (what the rules raise)', OLD.id
        USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.raised, NEW.ruleset_id, NEW.category, NEW.severity, NEW.severity_rank, NEW.text, NEW.message,
      NEW.citation, NEW.explanation, NEW.last_run_id, NEW.retired_run_id)
     IS DISTINCT FROM
     (OLD.raised, OLD.ruleset_id, OLD.category, OLD.severity, OLD.severity_rank, OLD.text, OLD.message,
      OLD.citation, OLD.explanation, OLD.last_run_id, OLD.retired_run_id) THEN
    RAISE EXCEPTION 'flag %: a review action changes only the review state', OLD.id USING ERRCODE = '42501';
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
