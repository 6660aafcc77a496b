/**
 * The statuses and levels as plain values, with no zod: the client's first-load script needs them (and
 * their labels) and importing them from the contracts pulled zod and every schema into it. The zod
 * enums in shared/contracts/classification.ts are built from these.
 */

/** The notice's four statuses (product brief, "Statuses"). */
export const statuses = ['notReported', 'belowMin', 'metMin', 'pending'] as const;

/** Dashboard refinement of a numeric result: red / amber / green / dark green. */
export const levels = ['belowMin', 'min', 'std', 'adv'] as const;
