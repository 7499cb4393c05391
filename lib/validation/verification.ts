import { z } from "zod";
import { isoDate, requiredText } from "./fields";

const initiativeId = z.uuid({ error: "validation.invalid" });
const optionalDate = z
  .union([z.literal(""), isoDate])
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || v <= new Date().toISOString().slice(0, 10), {
    error: "validation.futureDate",
  });

export const verifyInput = z.object({ initiativeId, recognizedOn: optionalDate });
export const unverifyInput = z.object({ initiativeId, reason: requiredText(500) });
export const recognitionInput = z.object({ initiativeId, recognizedOn: optionalDate });
