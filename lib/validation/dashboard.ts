import { z } from "zod";
import { CHECK_IN_DAYS } from "@/lib/mentorship/check-ins";

export const remindInput = z.object({ mentorshipId: z.uuid({ error: "validation.invalid" }) });

/** The dashboard's "quiet for N days" setting, from the address; out of range falls back. */
export const checkInDaysParam = z.coerce
  .number()
  .int()
  .min(CHECK_IN_DAYS.min)
  .max(CHECK_IN_DAYS.max)
  .catch(CHECK_IN_DAYS.default);
