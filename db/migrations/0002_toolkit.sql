CREATE TYPE "public"."evidence_kind" AS ENUM('none', 'url', 'date', 'document', 'committee');--> statement-breakpoint
CREATE TYPE "public"."help_topic" AS ENUM('committee', 'funding', 'program', 'event', 'communications', 'reporting', 'recognition', 'youth', 'global');--> statement-breakpoint
CREATE TYPE "public"."step_status" AS ENUM('todo', 'in_progress', 'done', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."toolkit_phase" AS ENUM('foundations', 'committee', 'transparency', 'funding', 'event', 'reporting', 'consolidation');--> statement-breakpoint
CREATE TABLE "checklist_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"template_version" integer NOT NULL,
	"status" "step_status" NOT NULL,
	"note" text NOT NULL,
	"evidence_url" text,
	"evidence_date" date,
	"revision" integer NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"initiative_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"template_version" integer NOT NULL,
	"status" "step_status" DEFAULT 'todo' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"evidence_date" date,
	"revision" integer DEFAULT 0 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_items_initiative_id_step_key_pk" PRIMARY KEY("initiative_id","step_key")
);
--> statement-breakpoint
CREATE TABLE "toolkit_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_version" integer NOT NULL,
	"key" text NOT NULL,
	"phase" "toolkit_phase" NOT NULL,
	"position" integer NOT NULL,
	"topic" "help_topic" NOT NULL,
	"evidence" "evidence_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"guidance" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "toolkit_templates" (
	"version" integer PRIMARY KEY NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "toolkit_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "checklist_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "checklist_history" ADD CONSTRAINT "checklist_history_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_history" ADD CONSTRAINT "checklist_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toolkit_steps" ADD CONSTRAINT "toolkit_steps_template_version_toolkit_templates_version_fk" FOREIGN KEY ("template_version") REFERENCES "public"."toolkit_templates"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toolkit_templates" ADD CONSTRAINT "toolkit_templates_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_history_step_idx" ON "checklist_history" USING btree ("initiative_id","step_key","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "toolkit_steps_version_key_idx" ON "toolkit_steps" USING btree ("template_version","key");