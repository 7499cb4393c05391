CREATE TYPE "public"."gender" AS ENUM('woman', 'man', 'non_binary', 'undisclosed');--> statement-breakpoint
CREATE TYPE "public"."initiative_kind" AS ENUM('national', 'sub_regional', 'regional', 'youth');--> statement-breakpoint
CREATE TYPE "public"."join_request_status" AS ENUM('pending', 'approved', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."meeting_format" AS ENUM('in_person', 'hybrid', 'online');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('lead', 'member');--> statement-breakpoint
CREATE TYPE "public"."stage" AS ENUM('emerging', 'developing', 'established');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_group" AS ENUM('government', 'private_sector', 'civil_society', 'technical_community', 'academia');--> statement-breakpoint
CREATE TYPE "public"."sub_region" AS ENUM('caribbean', 'central_america', 'south_america', 'north_america', 'latin_america_caribbean', 'other');--> statement-breakpoint
CREATE TABLE "annual_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"format" "meeting_format" NOT NULL,
	"agenda_url" text,
	"report_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"stakeholder_group" "stakeholder_group" NOT NULL,
	"gender" "gender",
	"city" text,
	"country" text,
	"committee_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_members" (
	"initiative_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" "member_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_members_initiative_id_user_id_pk" PRIMARY KEY("initiative_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_slugs" (
	"slug" text PRIMARY KEY NOT NULL,
	"initiative_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"acronym" text,
	"search_text" text NOT NULL,
	"kind" "initiative_kind" NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"sub_region" "sub_region" NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"year_established" integer,
	"website" text,
	"mailing_list" text,
	"contact_email" text,
	"description" text DEFAULT '' NOT NULL,
	"stage" "stage" NOT NULL,
	"funding_sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"recognized_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"initiative_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "member_role" NOT NULL,
	"invited_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "join_request_status" DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_meetings" ADD CONSTRAINT "annual_meetings_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_slugs" ADD CONSTRAINT "initiative_slugs_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_meetings_initiative_idx" ON "annual_meetings" USING btree ("initiative_id","starts_on");--> statement-breakpoint
CREATE INDEX "committee_members_initiative_idx" ON "committee_members" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_members_user_idx" ON "initiative_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_name_key_idx" ON "initiatives" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "initiatives_search_idx" ON "initiatives" USING btree ("search_text");--> statement-breakpoint
CREATE INDEX "initiatives_sub_region_idx" ON "initiatives" USING btree ("sub_region");--> statement-breakpoint
CREATE INDEX "initiatives_created_at_idx" ON "initiatives" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "invitations_initiative_idx" ON "invitations" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "join_requests_one_pending_idx" ON "join_requests" USING btree ("initiative_id","user_id") WHERE "join_requests"."status" = 'pending';