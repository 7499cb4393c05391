DROP INDEX "mentorships_mentor_idx";--> statement-breakpoint
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_initiative_id","state");