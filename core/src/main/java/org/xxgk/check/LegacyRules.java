package org.xxgk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The LEGACY rules of rules.md, matched by label: formula instances for the sums, and the two
 * inequality checks. An item a rule needs and the report lacks becomes an INFO finding.
 */
final class LegacyRules {

    private LegacyRules() {}

    /** LEGACY_APP_CHANNELS: 收到申请数 = 当面 + 传真 + 网络 + 信函 (+ 其他 when printed). */
    static Formulas applicationChannels(Audit audit) {
        return namedParts(audit, LegacyItems.RECEIVED,
                List.of(LegacyItems.RECEIVED_IN_PERSON, LegacyItems.RECEIVED_BY_FAX, LegacyItems.RECEIVED_ONLINE, LegacyItems.RECEIVED_BY_LETTER),
                List.of(LegacyItems.RECEIVED_OTHERWISE));
    }

    /** LEGACY_APP_COMPLETED: 申请办结数 = 按时办结数 + 延期办结数. */
    static Formulas applicationsCompleted(Audit audit) {
        return namedParts(audit, LegacyItems.COMPLETED,
                List.of(LegacyItems.COMPLETED_ON_TIME, LegacyItems.COMPLETED_LATE), List.of());
    }

    /** LEGACY_APP_REPLIES: 申请答复数 = Σ of its numbered items. */
    static Formulas applicationReplies(Audit audit) {
        Formulas.Builder out = new Formulas.Builder();
        childSum(audit, LegacyItems.REPLIES, audit.legacy()::children, out);
        return out.build();
    }

    /** LEGACY_REFUSED_PARTS: 不同意公开答复数 = Σ of its 其中 items. */
    static Formulas refusedParts(Audit audit) {
        Formulas.Builder out = new Formulas.Builder();
        childSum(audit, LegacyItems.REFUSED, audit.legacy()::subItems, out);
        return out.build();
    }

    /** LEGACY_REVIEW_SUM: 行政复议数量 = Σ items; 行政诉讼数量 = Σ items. */
    static Formulas reviewSums(Audit audit) {
        Formulas.Builder out = new Formulas.Builder();
        childSum(audit, LegacyItems.RECONSIDERATION, audit.legacy()::children, out);
        childSum(audit, LegacyItems.LITIGATION, audit.legacy()::children, out);
        return out.build();
    }

    /** LEGACY_STAFF_SUM: 从事政府信息公开工作人员数 = 专职 + 兼职. */
    static Formulas staffSum(Audit audit) {
        return namedParts(audit, LegacyItems.STAFF,
                List.of(LegacyItems.FULL_TIME_STAFF, LegacyItems.PART_TIME_STAFF), List.of());
    }

    /**
     * LEGACY_ACTIVE_CHANNELS: 主动公开政府信息数 ≥ every single channel (an item published on
     * several channels counts once); one finding per report, expected = the largest channel.
     */
    static List<Finding> activeChannels(Rule rule, Audit audit) {
        LegacyTable table = audit.legacy();
        Optional<String> total = LegacyItems.ACTIVE_TOTAL.resolve(table);
        Optional<String> group = LegacyItems.CHANNELS.resolve(table);
        if (total.isEmpty()) return List.of(audit.lacking(rule, LegacyItems.ACTIVE_TOTAL.nameZh(), "the items-published indicator"));
        if (group.isEmpty()) return List.of(audit.lacking(rule, LegacyItems.CHANNELS.nameZh(), "the publication channels"));
        List<String> channels = table.children(group.get());
        Optional<BigDecimal> published = table.value(total.get());
        Optional<String> largest = channels.stream().filter(k -> table.value(k).isPresent())
                .max(Comparator.comparing((String k) -> table.value(k).orElseThrow()));
        if (published.isEmpty() || largest.isEmpty()) return List.of();
        BigDecimal max = table.value(largest.get()).orElseThrow();
        if (max.compareTo(published.get()) <= 0) return List.of();
        List<String> keys = new ArrayList<>();
        keys.add(total.get());
        keys.addAll(channels);
        return List.of(audit.finding(rule, rule.severity(), keys, Optional.of(max), published,
                "「" + table.label(largest.get()) + "」" + Audit.plain(max) + " 大于主动公开总数 " + Audit.plain(published.get()),
                "the channel " + largest.get() + " (" + Audit.plain(max) + ") exceeds the items published (" + Audit.plain(published.get()) + ")"));
    }

    /** LEGACY_SUBITEM_LE_PARENT: every 其中 item ≤ its parent. */
    static List<Finding> subItemsWithinParent(Rule rule, Audit audit) {
        LegacyTable table = audit.legacy();
        List<Finding> out = new ArrayList<>();
        for (String parent : table.keys()) {
            Optional<BigDecimal> whole = table.value(parent);
            if (whole.isEmpty()) continue;
            for (String item : table.subItems(parent)) {
                Optional<BigDecimal> part = table.value(item);
                if (part.isEmpty() || part.get().compareTo(whole.get()) <= 0) continue;
                out.add(audit.finding(rule, rule.severity(), List.of(parent, item), part, whole,
                        "「" + table.label(item) + "」" + Audit.plain(part.get()) + " 大于「" + table.label(parent) + "」" + Audit.plain(whole.get()),
                        item + " (" + Audit.plain(part.get()) + ") exceeds its parent " + parent + " (" + Audit.plain(whole.get()) + ")"));
            }
        }
        return out;
    }

    /** total = Σ named items: required ones must be printed, optional ones join when printed. */
    private static Formulas namedParts(Audit audit, LabelPath total, List<LabelPath> required, List<LabelPath> optional) {
        LegacyTable table = audit.legacy();
        Formulas.Builder out = new Formulas.Builder();
        Optional<String> totalKey = total.resolve(table);
        if (totalKey.isEmpty()) return out.lack(total.nameZh(), "the indicator " + total.nameZh()).build();
        List<String> parts = new ArrayList<>();
        for (LabelPath item : required) {
            Optional<String> key = item.resolve(table);
            if (key.isEmpty()) out.lack(item.nameZh(), "the indicator " + item.nameZh());
            key.ifPresent(parts::add);
        }
        if (parts.size() < required.size()) return out.build();
        for (LabelPath item : optional) item.resolve(table).ifPresent(parts::add);
        addWithCumulative(table, totalKey.get(), parts, out);
        return out.build();
    }

    /** total = Σ of the items {@code partsOf} gives below it. */
    private static void childSum(Audit audit, LabelPath total, Function<String, List<String>> partsOf, Formulas.Builder out) {
        LegacyTable table = audit.legacy();
        Optional<String> totalKey = total.resolve(table);
        if (totalKey.isEmpty()) {
            out.lack(total.nameZh(), "the indicator " + total.nameZh());
            return;
        }
        List<String> parts = partsOf.apply(totalKey.get());
        if (parts.isEmpty()) {
            out.lack(total.nameZh() + "的分项", "the items of " + total.nameZh());
            return;
        }
        addWithCumulative(table, totalKey.get(), parts, out);
    }

    /** The formula on the year's values, and on the 历年累计 values where the table prints them. */
    private static void addWithCumulative(LegacyTable table, String total, List<String> parts, Formulas.Builder out) {
        String label = table.label(total);
        out.add(Formula.sum("统计表「" + label + "」", "indicator " + total, parts, total));
        if (table.cumulative(total).isPresent()) {
            out.add(Formula.sum("统计表「" + label + "」历年累计", "cumulative indicator " + total,
                    parts.stream().map(LegacyTable::cumulativeOf).toList(), LegacyTable.cumulativeOf(total)));
        }
    }
}
