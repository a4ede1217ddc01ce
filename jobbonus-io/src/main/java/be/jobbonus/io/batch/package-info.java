/**
 * The file runs: {@link be.jobbonus.io.batch.CalculateRun} takes a persons file and a per-quarter
 * file ({@code dmfa.jsonl} or {@code quarters.csv}) through the one path of a person's data (lines,
 * fields, grouping by person, the derivation, the engine in chunks, the results writer), with every
 * record accounted for in the results or the rejects, and runs the same stages for one person's
 * explanation.
 */
package be.jobbonus.io.batch;
