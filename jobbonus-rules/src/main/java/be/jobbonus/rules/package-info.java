/** The DWSE-VLABEL protocol of 8 September 2022 as code. */
package be.jobbonus.rules;
