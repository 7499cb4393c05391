CREATE TYPE "public"."matching_draft_state" AS ENUM('draft', 'removed', 'published', 'refused');--> statement-breakpoint
CREATE TYPE "public"."matching_run_state" AS ENUM('draft', 'published', 'discarded');--> statement-breakpoint
CREATE TABLE "matching_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"request_version" text NOT NULL,
	"offer_version" text NOT NULL,
	"state" "matching_draft_state" DEFAULT 'draft' NOT NULL,
	"refusal" text,
	"mentorship_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" text,
	"penalty" integer NOT NULL,
	"state" "matching_run_state" DEFAULT 'draft' NOT NULL,
	"request_count" integer NOT NULL,
	"offer_count" integer NOT NULL,
	"edge_count" integer NOT NULL,
	"total_score" integer NOT NULL,
	"solve_ms" integer NOT NULL,
	"unmatched_request_ids" uuid[] NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
ALTER TABLE "matching_drafts" ADD CONSTRAINT "matching_drafts_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_drafts" ADD CONSTRAINT "matching_drafts_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_drafts" ADD CONSTRAINT "matching_drafts_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_drafts" ADD CONSTRAINT "matching_drafts_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matching_drafts_run_request_idx" ON "matching_drafts" USING btree ("run_id","request_id");--> statement-breakpoint
CREATE INDEX "matching_drafts_offer_idx" ON "matching_drafts" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "matching_runs_created_idx" ON "matching_runs" USING btree ("created_at");