/**
 * The law as data: every threshold, amount, date, code set and interpretation point of the
 * jobbonus as a dated, sourced {@link be.jobbonus.core.parameters.Parameter} in a {@link
 * be.jobbonus.core.parameters.ParameterSet}. The official set ships as a resource ({@link
 * be.jobbonus.core.parameters.ParameterSets#official()}); a caller can load another (a reform, or
 * a corrected reading of the law) from JSON without changing code.
 */
package be.jobbonus.core.parameters;
