ALTER TABLE "mentorships" ADD COLUMN "last_activity_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "mentorships_quiet_idx" ON "mentorships" USING btree ("last_activity_at","id") WHERE "mentorships"."state" = 'active';--> statement-breakpoint
-- A mentorship's last activity: the latest of its start, its notes and its meetings.
CREATE FUNCTION "last_activity_of"(mentorship uuid, started timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT greatest(
    started,
    (SELECT max(n."created_at") FROM "mentorship_notes" n WHERE n."mentorship_id" = mentorship),
    (SELECT max(x."held_on")::timestamptz FROM "mentorship_meetings" x WHERE x."mentorship_id" = mentorship));
$$;
--> statement-breakpoint
-- Sets the given mentorships' last activity. After inserts (`only_later`) it never moves
-- back: two notes saved at once each see only their own, and the one that waits for the
-- other's row lock keeps whichever is later.
CREATE FUNCTION "refresh_last_activity"(ids uuid[], only_later boolean) RETURNS void LANGUAGE sql AS $$
  UPDATE "mentorships" m SET "last_activity_at" = greatest(
    CASE WHEN only_later THEN m."last_activity_at" END,
    "last_activity_of"(m."id", m."started_at"))
  WHERE m."id" = ANY(ids);
$$;
--> statement-breakpoint
-- Once per statement (notes and meetings alike carry "mentorship_id"), so a bulk load
-- refreshes each mentorship once rather than once a row.
CREATE FUNCTION "mentorship_activity_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_last_activity"(ARRAY(SELECT DISTINCT "mentorship_id" FROM new_rows), true);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_last_activity"(ARRAY(
      SELECT "mentorship_id" FROM new_rows UNION SELECT "mentorship_id" FROM old_rows
    ), false);
  ELSE
    PERFORM "refresh_last_activity"(ARRAY(SELECT DISTINCT "mentorship_id" FROM old_rows), false);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "mentorship_notes_activity_insert" AFTER INSERT ON "mentorship_notes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "mentorship_activity_changed"();
--> statement-breakpoint
CREATE TRIGGER "mentorship_notes_activity_update" AFTER UPDATE ON "mentorship_notes"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mentorship_activity_changed"();
--> statement-breakpoint
CREATE TRIGGER "mentorship_notes_activity_delete" AFTER DELETE ON "mentorship_notes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "mentorship_activity_changed"();
--> statement-breakpoint
CREATE TRIGGER "mentorship_meetings_activity_insert" AFTER INSERT ON "mentorship_meetings"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "mentorship_activity_changed"();
--> statement-breakpoint
CREATE TRIGGER "mentorship_meetings_activity_update" AFTER UPDATE ON "mentorship_meetings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mentorship_activity_changed"();
--> statement-breakpoint
CREATE TRIGGER "mentorship_meetings_activity_delete" AFTER DELETE ON "mentorship_meetings"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "mentorship_activity_changed"();
--> statement-breakpoint
-- A mentorship starts (or is written with its start, as a restore or a bulk load does).
CREATE FUNCTION "mentorship_started"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."last_activity_at" := "last_activity_of"(NEW."id", NEW."started_at");
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "mentorships_started" BEFORE INSERT OR UPDATE OF "started_at" ON "mentorships"
  FOR EACH ROW EXECUTE FUNCTION "mentorship_started"();
--> statement-breakpoint
SELECT "refresh_last_activity"(ARRAY(SELECT "id" FROM "mentorships"), false);
