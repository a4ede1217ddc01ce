/** JMH benchmarks. */
package be.jobbonus.benchmarks;
