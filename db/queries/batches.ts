/**
 * Writes rows a batch at a time: one statement binds at most 65,535 parameters, and a
 * network-wide publish writes thousands of rows to several tables.
 */
export async function inBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
  size = 1000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
