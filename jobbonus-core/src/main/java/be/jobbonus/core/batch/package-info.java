/**
 * The batch kernel: the jobbonus of many people at once over columnar primitive arrays, with
 * integer arithmetic only and no allocation per record (decree of 20 May 2022 art. 3-5; BVR of 1
 * July 2022 art. 2). It runs the same engine as {@link
 * be.jobbonus.core.calculation.JobbonusCalculator}, so both give the same cents.
 *
 * <pre>{@code
 * BatchKernel kernel = BatchKernel.of(ParameterSets.official(), 2024);
 * BatchInput.Builder b = BatchInput.builder();
 * b.person(Statuut.EMPLOYEE, Region.FLEMISH_REGION, kernel.firstQuarterAtPensionAge(birthDate));
 * b.quarter(1, 600_000, 10_000, Regime.FULL_TIME);
 * BatchInput in = b.build();
 * BatchOutput out = BatchOutput.forInput(in);
 * kernel.compute(in, out);
 * long total = out.totalCents(0);
 * }</pre>
 */
package be.jobbonus.core.batch;
