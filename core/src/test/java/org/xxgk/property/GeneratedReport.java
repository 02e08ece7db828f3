package org.xxgk.property;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.model.Template;
import org.xxgk.property.Forms.ActiveItem;
import org.xxgk.property.Forms.AppRow;
import org.xxgk.property.Forms.AtMost;
import org.xxgk.property.Forms.Equation;
import org.xxgk.property.Forms.Kind;
import org.xxgk.property.Forms.LegacyRow;

/**
 * One random report's tables: the structure printed (section 二 items, section 三 rows, section 四,
 * or the LEGACY rows), each cell's text as printed and its kind, and the arithmetic the form fixes.
 *
 * @param printed   key to the cell's text as printed ({@code 增5}, {@code -3}, {@code 24252.31}), in print order; no
 * blanks
 * @param legacyYearHeader the LEGACY year column's header ({@code 2015年度})
 * @param amountUnit a unit printed right after V2019's procurement amount ({@code 万元}), or empty
 */
record GeneratedReport(
        Template template,
        long seed,
        int year,
        String agency,
        List<ActiveItem> active,
        List<AppRow> apps,
        boolean review,
        List<LegacyRow> legacy,
        String legacyYearHeader,
        String amountUnit,
        Map<String, String> printed,
        Map<String, Kind> kinds,
        List<Equation> equations,
        List<AtMost> atMost) {

    GeneratedReport {
        printed = Collections.unmodifiableMap(new LinkedHashMap<>(printed));
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        equations = List.copyOf(equations);
        atMost = List.copyOf(atMost);
    }

    /** The true value of every printed cell. */
    Map<String, BigDecimal> truth() {
        Map<String, BigDecimal> t = new LinkedHashMap<>();
        printed.forEach((k, s) -> t.put(k, parse(s)));
        return t;
    }

    /** A cell's text as this test prints it, as a number: 增N is N, 减N and -N are -N. */
    static BigDecimal parse(String s) {
        if (s.startsWith("增")) return new BigDecimal(s.substring(1));
        if (s.startsWith("减") || s.startsWith("-")) return new BigDecimal(s.substring(1)).negate();
        return new BigDecimal(s);
    }

    String title() {
        return agency + year + (template == Template.LEGACY ? "年度" : "年") + "政府信息公开工作年度报告";
    }
}
