-- A queued mail wakes the outbox workers when (and only when) its transaction commits: PostgreSQL
-- delivers a NOTIFY at commit and drops it on rollback, and it reaches every instance listening.
-- The workers also poll, so a notification missed during a reconnection delays a mail by seconds.
CREATE FUNCTION "kiosque_outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kiosque_outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "OutboxMail_notify"
  AFTER INSERT ON "OutboxMail"
  FOR EACH STATEMENT EXECUTE FUNCTION "kiosque_outbox_notify"();
