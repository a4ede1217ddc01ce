/**
 * Runs the calculation over input files: each person's records through the DmfA derivation (when
 * given DmfA lines) and the reference calculator, every record accounted for in the results or
 * the rejects ({@link be.jobbonus.io.batch.BatchRun#calculate}); and the same for a DmfA
 * file at file speed, with the same output bytes ({@link
 * be.jobbonus.io.batch.BatchRun#calculateDmfa}: a byte scanner, the integer derivation, the
 * batch kernel and a byte writer; the reference path for whatever they do not read plainly).
 */
package be.jobbonus.io.batch;
