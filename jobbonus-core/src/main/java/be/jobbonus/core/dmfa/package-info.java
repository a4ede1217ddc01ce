/**
 * From DmfA occupation lines (<i>tewerkstellingslijnen</i>) to the calculation's quarter inputs:
 * the quarter wage W and work fraction µ of docs/calculation.md §4 (BVR 1 July 2022 art. 2 §2-§3/1),
 * with a trace that explains each quarter.
 */
package be.jobbonus.core.dmfa;
