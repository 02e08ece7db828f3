/**
 * Property test of the reader against a brute-force reference reading.
 *
 * <p>{@link org.xxgk.property.ReportGenerator} makes random tables that satisfy their form
 * ({@link org.xxgk.property.Forms}, written from spec/cells.md and spec/rules.md, independent of the
 * main code); {@link org.xxgk.property.ReportRenderer} prints them as whole report texts in four
 * {@link org.xxgk.property.Layout}s; {@link org.xxgk.property.SplitOracle} enumerates every way the
 * printed digits can be cut into cells and keeps the joint readings that satisfy the form;
 * {@link org.xxgk.property.ReadBackPropertyTest} reads each text through {@code Xxgk.read} and checks
 * (i) nothing misfiled, (ii) template detected, (iii) determined cells present, ambiguous ones absent.
 *
 * <p>The constraints the oracle uses, and only these:
 * <ul>
 *   <li>section 三 (V2019, V2021): every row's total = Σ of its six applicant columns; per column
 *       (total included) 三(七) = Σ 三(一)..三(六) (V2021: the 三(六) sum row when printed, else its three
 *       sub-rows), and when the V2021 sum row is printed, 三(六) = Σ its sub-rows; per column
 *       一 + 二 = 三(七) + 四;</li>
 *   <li>section 四: for each of the three groups, total = 维持 + 纠正 + 其他 + 尚未审结;</li>
 *   <li>section 二: none (V2019's 新公开 ≤ 公开总数 is a warning rule, not used);</li>
 *   <li>LEGACY: a row with 其中 children = Σ children, in the year column and in the cumulative
 *       column; year ≤ cumulative on every row;</li>
 *   <li>a cell's text: a count is {@code 0} or digits without a leading zero; a V2019 本年增/减 may
 *       start with one of 增 减 -; an amount (采购总金额, V2021 收费金额) may hold one decimal point.</li>
 * </ul>
 */
package org.xxgk.property;
