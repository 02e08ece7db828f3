package org.xxgk.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xxgk.model.Template;
import org.xxgk.property.Forms.ActiveItem;
import org.xxgk.property.Forms.ActiveRow;
import org.xxgk.property.Forms.AppRow;
import org.xxgk.property.Forms.AtMost;
import org.xxgk.property.Forms.Equation;
import org.xxgk.property.Forms.Kind;
import org.xxgk.property.Forms.LegacyRow;

/**
 * Random tables that satisfy their form's arithmetic, with values shaped like real reports: mostly
 * small, many zeros, now and then a large one (up to five digits; amounts larger, with decimals).
 * The same template and seed always give the same report.
 */
final class ReportGenerator {

    private ReportGenerator() {}

    private static final String[] AGENCIES = {
        "某某县人民政府", "青山区人民政府", "临江市生态环境局", "东川县教育局", "南湖区人民政府办公室",
        "平和县自然资源局", "西林市人民政府", "北安镇人民政府", "江口县卫生健康委员会", "长乐区住房和城乡建设局"};

    static GeneratedReport generate(Template template, long seed) {
        Random r = new Random(seed);
        String agency = AGENCIES[r.nextInt(AGENCIES.length)];
        Map<String, String> printed = new LinkedHashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        List<Equation> eqs = new ArrayList<>();
        List<AtMost> atMost = new ArrayList<>();
        if (template == Template.LEGACY) {
            int year = 2009 + r.nextInt(10);
            List<LegacyRow> rows = legacy(r, printed, kinds);
            eqs.addAll(Forms.legacyEquations(rows));
            atMost.addAll(Forms.legacyAtMost(rows));
            return new GeneratedReport(template, seed, year, agency, List.of(), List.of(), false, rows,
                    year + "年度", "", printed, kinds, eqs, atMost);
        }
        int year = template == Template.V2019 ? 2019 + r.nextInt(2) : 2021 + r.nextInt(4);
        List<ActiveItem> active = Forms.activeItems(template);
        String amountUnit = "";
        if (template == Template.V2019) {
            active(r, template, printed, kinds);
            double u = r.nextDouble();
            amountUnit = u < 0.15 ? "万元" : u < 0.3 ? "元" : "";
        } else {
            active(r, template, printed, kinds);
        }
        boolean sumRow = template == Template.V2021 && r.nextDouble() < 0.3;
        List<AppRow> apps = Forms.appRows(template, sumRow);
        applications(r, apps, printed, kinds);
        eqs.addAll(Forms.appEquations(apps));
        review(r, printed, kinds);
        eqs.addAll(Forms.reviewEquations());
        return new GeneratedReport(template, seed, year, agency, active, apps, true, List.of(), "", amountUnit,
                printed, kinds, eqs, atMost);
    }

    // ---- values -----------------------------------------------------------------------------

    private static long pow10(int d) {
        long p = 1;
        for (int i = 0; i < d; i++) p *= 10;
        return p;
    }

    /** 0 with probability {@code pZero}; otherwise mostly one or two digits, rarely up to {@code maxDigits}. */
    static long count(Random r, double pZero, int maxDigits) {
        if (r.nextDouble() < pZero) return 0;
        double u = r.nextDouble();
        int d = u < 0.55 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 : u < 0.99 ? 4 : 5;
        return digits(r, Math.min(d, maxDigits));
    }

    /** A number of exactly {@code d} digits. */
    private static long digits(Random r, int d) {
        long lo = d == 1 ? 1 : pow10(d - 1);
        long hi = pow10(d) - 1;
        return lo + (long) (r.nextDouble() * (hi - lo + 1));
    }

    private static void put(Map<String, String> printed, Map<String, Kind> kinds, String key, Kind kind, String text) {
        printed.put(key, text);
        kinds.put(key, kind);
    }

    private static void put(Map<String, String> printed, Map<String, Kind> kinds, String key, long v) {
        put(printed, kinds, key, Kind.COUNT, Long.toString(v));
    }

    /** A V2019 本年增/减: 0 as 0, a rise as N or 增N, a fall as 减N or -N. */
    private static String change(Random r) {
        if (r.nextDouble() < 0.55) return "0";
        long v = count(r, 0, 3);
        boolean down = r.nextBoolean();
        if (down) return (r.nextBoolean() ? "减" : "-") + v;
        return (r.nextBoolean() ? "增" : "") + v;
    }

    /** An amount: 0, a whole number, or one with 1..3 decimals (the last not 0). */
    private static String amount(Random r, int maxIntDigits) {
        double u = r.nextDouble();
        if (u < 0.2) return "0";
        String whole = Long.toString(r.nextDouble() < 0.15 ? 0 : digits(r, 1 + r.nextInt(maxIntDigits)));
        if (u < 0.5) return whole.equals("0") ? "0" : whole;
        int decimals = 1 + r.nextInt(3);
        StringBuilder frac = new StringBuilder();
        for (int i = 0; i < decimals - 1; i++) frac.append(r.nextInt(10));
        frac.append(1 + r.nextInt(9));
        return whole + "." + frac;
    }

    // ---- section 二 -------------------------------------------------------------------------

    private static void active(Random r, Template t, Map<String, String> printed, Map<String, Kind> kinds) {
        for (ActiveItem item : Forms.activeItems(t)) {
            for (ActiveRow row : item.rows()) {
                List<String> keys = row.keys();
                String first = keys.get(0);
                if (first.endsWith(".newlyMade") || first.endsWith(".issued")) {
                    boolean rules = first.startsWith("active.rules.");
                    long made = count(r, rules ? 0.85 : 0.3, rules ? 1 : 2);
                    long second = t == Template.V2019
                            ? (r.nextDouble() < 0.7 ? made : count(r, 0.3, 2))  // newly published
                            : count(r, 0.6, 1);                                  // repealed
                    long third = t == Template.V2019
                            ? second + count(r, 0.3, rules ? 1 : 3)              // total published
                            : count(r, rules ? 0.8 : 0.05, rules ? 1 : 3);      // in force
                    put(printed, kinds, keys.get(0), made);
                    put(printed, kinds, keys.get(1), second);
                    put(printed, kinds, keys.get(2), third);
                    continue;
                }
                for (String key : keys) {
                    Kind kind = Forms.activeKind(key);
                    String text;
                    if (kind == Kind.CHANGE) text = change(r);
                    else if (kind == Kind.AMOUNT) text = amount(r, key.equals("active.fees.amount") ? 5 : 8);
                    else if (key.endsWith(".previousYear")) text = Long.toString(count(r, 0.25, 4));
                    else if (key.endsWith(".count")) text = Long.toString(count(r, 0.3, 3));
                    else
                        text = Long.toString(
                                r.nextDouble() < 0.2
                                        ? 0
                                        : r.nextDouble() < 0.3 ? digits(r, 3 + r.nextInt(3)) : count(r, 0, 3));
                    put(printed, kinds, key, kind, text);
                }
            }
        }
    }

    // ---- section 三 -------------------------------------------------------------------------

    private static final double[] COLUMN_ZERO = {0.3, 0.75, 0.95, 0.95, 0.85, 0.85};

    private static void applications(
            Random r, List<AppRow> rows, Map<String, String> printed, Map<String, Kind> kinds) {
        boolean allZero = r.nextDouble() < 0.1;
        double u = r.nextDouble();
        int cap = u < 0.7 ? 2 : u < 0.92 ? 3 : 4;
        int cols = Forms.APPLICANTS.size();
        Map<String, long[]> values = new LinkedHashMap<>();
        for (AppRow row : rows) values.put(row.id(), new long[cols + 1]);
        long[] resultTotal = values.get("resultTotal");
        for (AppRow row : rows) {
            boolean leaf = row.result() && !(row.id().equals("other") && !row.group().isEmpty())
                    || row.id().startsWith("other.");
            if (!leaf) continue;
            boolean big = row.id().equals("granted") || row.id().equals("unable.notHeld");
            double rowActive = big
                    ? 0.85
                    : row.id().equals("partlyGranted") || row.id().startsWith("notProcessed.repeated") ? 0.5 : 0.25;
            boolean on = !allZero && r.nextDouble() < rowActive;
            long[] v = values.get(row.id());
            for (int c = 0; c < cols; c++) {
                v[c] = on ? count(r, COLUMN_ZERO[c], big ? cap : Math.min(cap, 3)) : 0;
            }
        }
        // the 三(六) sum row (V2021, when printed) and 三(七)
        boolean sumRow = rows.stream().anyMatch(x -> x.id().equals("other") && !x.group().isEmpty());
        for (AppRow row : rows) {
            if (row.id().startsWith("other.") && sumRow) {
                long[] v = values.get(row.id());
                for (int c = 0; c < cols; c++) values.get("other")[c] += v[c];
            }
        }
        for (AppRow row : rows) {
            if (!row.result()) continue;
            long[] v = values.get(row.id());
            for (int c = 0; c < cols; c++) resultTotal[c] += v[c];
        }
        long[] forward = values.get("carriedForward");
        long[] carried = values.get("carriedOver");
        long[] newly = values.get("newlyReceived");
        for (int c = 0; c < cols; c++) {
            forward[c] = allZero ? 0 : count(r, c == 0 ? 0.6 : 0.9, 2);
            carried[c] = allZero ? 0 : Math.min(count(r, c == 0 ? 0.6 : 0.9, 2), resultTotal[c] + forward[c]);
            newly[c] = resultTotal[c] + forward[c] - carried[c];
        }
        for (AppRow row : rows) {
            long[] v = values.get(row.id());
            long total = 0;
            for (int c = 0; c < cols; c++) total += v[c];
            v[cols] = total;
            for (int c = 0; c <= cols; c++) put(printed, kinds, row.key(Forms.APP_COLUMNS.get(c)), v[c]);
        }
    }

    // ---- section 四 -------------------------------------------------------------------------

    private static void review(Random r, Map<String, String> printed, Map<String, Kind> kinds) {
        for (String g : Forms.REVIEW_GROUPS) {
            boolean on = r.nextDouble() < 0.5;
            long total = 0;
            for (String c : Forms.REVIEW_COLUMNS.subList(0, 4)) {
                long v = on ? count(r, 0.5, 2) : 0;
                total += v;
                put(printed, kinds, "review." + g + "." + c, v);
            }
            put(printed, kinds, "review." + g + ".total", total);
        }
    }

    // ---- LEGACY -----------------------------------------------------------------------------

    private record Indicator(String label, String unit, String[] children) {}

    private static List<LegacyRow> legacy(Random r, Map<String, String> printed, Map<String, Kind> kinds) {
        boolean fuzhou = r.nextBoolean();  // 001/002 style, else 030 style
        String sep = r.nextBoolean() ? "、" : ".";
        List<Indicator> indicators = fuzhou
                ? List.of(
                        new Indicator("主动公开文件数", "条", new String[] {"政府网站公开数", "政府公报公开数"}),
                        new Indicator("受理依申请公开信息总数", "条", new String[] {"当面申请数", "网上申请数", "信函、传真申请数"}),
                        new Indicator("对申请的答复总数", "条", new String[] {"同意公开答复数", "同意部分公开答复数", "不予公开答复数", "其他类型答复数"}),
                        new Indicator("政府信息公开收费减免金额", "元", new String[0]),
                        new Indicator("接受行政诉讼、举报数", "件", new String[0]),
                        new Indicator("行政复议数", "件", new String[0]),
                        new Indicator("行政诉讼数", "件", new String[0]))
                : List.of(
                        new Indicator("主动公开信息数", "条", new String[] {"网站公开", "政府公报公开"}),
                        new Indicator("受理依申请公开信息总数", "条", new String[] {
                            "当面申请数", "传真申请数", "电子邮件申请数", "网上申请数", "信函申请数", "其它形式申请数"
                        }),
                        new Indicator("对申请的答复数", "条", new String[] {"同意公开答复数", "同意部分公开答复数", "否决公开答复数"}),
                        new Indicator("行政复议数", "条", new String[0]),
                        new Indicator("行政诉讼数", "条", new String[0]),
                        new Indicator("行政申诉数", "条", new String[0]));
        List<LegacyRow> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String key = "legacy." + (i + 1);
            int n = ind.children().length;
            List<String> childKeys = new ArrayList<>();
            long[] year = new long[n];
            long[] cum = new long[n];
            for (int j = 0; j < n; j++) {
                childKeys.add(key + "." + (j + 1));
                if (i == 0) {
                    year[j] = j == 0 ? count(r, 0.05, 4) + (r.nextDouble() < 0.3 ? digits(r, 3) : 0) : count(r, 0.6, 2);
                    cum[j] = year[j]
                            + (r.nextDouble() < 0.15
                                    ? 0
                                    : j == 0
                                            ? count(r, 0.1, 5) + (r.nextBoolean() ? digits(r, 4) : 0)
                                            : count(r, 0.4, 3));
                } else {
                    year[j] = count(r, 0.6, 2);
                    cum[j] = year[j] + count(r, 0.5, 2);
                }
            }
            long y = 0;
            long c = 0;
            for (int j = 0; j < n; j++) {
                y += year[j];
                c += cum[j];
            }
            if (n == 0) {
                y = count(r, 0.8, 2);
                c = y + count(r, 0.6, 2);
            }
            rows.add(new LegacyRow(key, ind.label(), ind.unit(), childKeys));
            put(printed, kinds, key, y);
            put(printed, kinds, key + ".cumulative", c);
            for (int j = 0; j < n; j++) {
                String label = (j == 0 ? "其中：" : "") + (j + 1) + sep + ind.children()[j];
                rows.add(new LegacyRow(childKeys.get(j), label, ind.unit(), List.of()));
                put(printed, kinds, childKeys.get(j), year[j]);
                put(printed, kinds, childKeys.get(j) + ".cumulative", cum[j]);
            }
        }
        return rows;
    }
}
