CREATE TYPE "public"."mentorship_state" AS ENUM('proposed', 'active', 'completed', 'declined', 'withdrawn', 'ended', 'expired');--> statement-breakpoint
CREATE TYPE "public"."proposer_side" AS ENUM('mentor', 'mentee', 'steward');--> statement-breakpoint
CREATE TABLE "mentorship_topics" (
	"mentorship_id" uuid NOT NULL,
	"mentor_initiative_id" uuid NOT NULL,
	"mentee_initiative_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"mentor_initiative_id" uuid NOT NULL,
	"mentee_initiative_id" uuid NOT NULL,
	"topics" text[] NOT NULL,
	"state" "mentorship_state" DEFAULT 'proposed' NOT NULL,
	"proposer_side" "proposer_side" NOT NULL,
	"proposed_by" text,
	"message" text DEFAULT '' NOT NULL,
	"answered_by" text,
	"answer_reason" text DEFAULT '' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorships_not_self" CHECK ("mentorships"."mentor_initiative_id" <> "mentorships"."mentee_initiative_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_notifications" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "active_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mentorship_topics" ADD CONSTRAINT "mentorship_topics_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_initiative_id_initiatives_id_fk" FOREIGN KEY ("mentor_initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentee_initiative_id_initiatives_id_fk" FOREIGN KEY ("mentee_initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_topics_active_pair_idx" ON "mentorship_topics" USING btree ("mentor_initiative_id","mentee_initiative_id","topic") WHERE "mentorship_topics"."active";--> statement-breakpoint
CREATE INDEX "mentorship_topics_mentorship_idx" ON "mentorship_topics" USING btree ("mentorship_id");--> statement-breakpoint
CREATE INDEX "mentorships_offer_idx" ON "mentorships" USING btree ("offer_id","state");--> statement-breakpoint
CREATE INDEX "mentorships_request_idx" ON "mentorships" USING btree ("request_id","state");--> statement-breakpoint
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_initiative_id");--> statement-breakpoint
CREATE INDEX "mentorships_mentee_idx" ON "mentorships" USING btree ("mentee_initiative_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_capacity_check" CHECK ("offers"."capacity" between 1 and 50 and "offers"."active_count" between 0 and "offers"."capacity");