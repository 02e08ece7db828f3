/**
 * The consistency checker: the rules of {@code spec/rules.md} as data plus small functions, run on
 * any {@link org.xxgk.model.AnnualReport} whatever its format, and on sets of reports for the
 * cross-report rules. Results are {@link org.xxgk.check.Finding}s.
 */
package org.xxgk.check;
