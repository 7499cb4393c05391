CREATE TABLE "done_by_topic" (
	"initiative_id" uuid NOT NULL,
	"topic" "help_topic" NOT NULL,
	"done" integer NOT NULL,
	CONSTRAINT "done_by_topic_initiative_id_topic_pk" PRIMARY KEY("initiative_id","topic")
);
--> statement-breakpoint
ALTER TABLE "done_by_topic" ADD CONSTRAINT "done_by_topic_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Recounts, from their checklists, the done steps per topic of the given initiatives (only
-- the steps of each initiative's own template version count, as after a move to a newer one).
CREATE FUNCTION "recount_done_by_topic"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Saves on one initiative's checklist recount one after the other (each statement below
  -- then sees the last recount committed): two at once would insert the same rows.
  SELECT 1 FROM "initiatives" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "done_by_topic" WHERE "initiative_id" = ANY(ids);
  INSERT INTO "done_by_topic" ("initiative_id", "topic", "done")
  SELECT ci."initiative_id", ts."topic", count(*)::int
  FROM "checklist_items" ci
  JOIN "initiatives" i ON i."id" = ci."initiative_id"
  JOIN "toolkit_steps" ts ON ts."template_version" = i."toolkit_version" AND ts."key" = ci."step_key"
  WHERE ci."initiative_id" = ANY(ids) AND ci."status" = 'done'
  GROUP BY ci."initiative_id", ts."topic";
$$;
--> statement-breakpoint
-- Once per statement, so a bulk load recounts each initiative once rather than once a row.
CREATE FUNCTION "checklist_items_recount"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "recount_done_by_topic"(ARRAY(SELECT DISTINCT "initiative_id" FROM new_items));
  ELSIF TG_OP = 'UPDATE' THEN
    -- A saved note or evidence changes no count.
    PERFORM "recount_done_by_topic"(ARRAY(
      SELECT DISTINCT n."initiative_id" FROM new_items n
      JOIN old_items o ON o."initiative_id" = n."initiative_id" AND o."step_key" = n."step_key"
      WHERE n."status" IS DISTINCT FROM o."status"
        OR n."template_version" IS DISTINCT FROM o."template_version"
    ));
  ELSE
    PERFORM "recount_done_by_topic"(ARRAY(SELECT DISTINCT "initiative_id" FROM old_items));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "checklist_items_recount_insert" AFTER INSERT ON "checklist_items"
  REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION "checklist_items_recount"();
--> statement-breakpoint
CREATE TRIGGER "checklist_items_recount_update" AFTER UPDATE ON "checklist_items"
  REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION "checklist_items_recount"();
--> statement-breakpoint
CREATE TRIGGER "checklist_items_recount_delete" AFTER DELETE ON "checklist_items"
  REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION "checklist_items_recount"();
--> statement-breakpoint
CREATE FUNCTION "initiatives_recount"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "recount_done_by_topic"(ARRAY[NEW."id"]);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Moving to a newer template version changes which steps count.
CREATE TRIGGER "initiatives_recount" AFTER UPDATE OF "toolkit_version" ON "initiatives"
  FOR EACH ROW WHEN (OLD."toolkit_version" IS DISTINCT FROM NEW."toolkit_version")
  EXECUTE FUNCTION "initiatives_recount"();
--> statement-breakpoint
SELECT "recount_done_by_topic"(ARRAY(SELECT "id" FROM "initiatives"));
