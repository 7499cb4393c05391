"use server";

/**
 * The benchmark's no-op action: the cost of a server action round trip and nothing else.
 * Same call shape as the app's form actions (previous state, form data); it reads neither.
 */
export async function benchNoopAction(_prev: unknown, _formData: FormData): Promise<void> {}
