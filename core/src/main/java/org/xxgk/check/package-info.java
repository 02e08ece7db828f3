/**
 * The consistency checker: the rules of {@code spec/rules.md} as data plus small functions, run on
 * any {@link org.xxgk.model.AnnualReport} whatever its format, and on sets of reports for the
 * cross-report rules. Results are {@link org.xxgk.check.Finding}s.
 *
 * <p>{@code Rules} is the one table of rules; formulas are built from
 * {@link org.xxgk.model.CellCatalog} ({@code TableFormulas}), LEGACY indicators are found by label
 * ({@code LegacyItems}) and a LEGACY total's parts by the table's numbering ({@code LegacyRules.Sum}),
 * prose figures are tied to cells in {@code NarrativeLinks}.
 */
package org.xxgk.check;
