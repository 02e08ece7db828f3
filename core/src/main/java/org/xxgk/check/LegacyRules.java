package org.xxgk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The LEGACY rules of rules.md: the sums (a total found by label, its parts by the table's
 * numbering; {@link Rules} lists them as data), and the two inequality checks. An item a rule
 * needs and the report lacks becomes an INFO finding.
 */
final class LegacyRules {

    private LegacyRules() {}

    /** Which indicators below a total are its parts. */
    enum Parts {
        /**
         * every indicator one numbering level below it ({@code legacy.2} → {@code legacy.2.1}, {@code legacy.2.2} …)
         */
        CHILDREN(LegacyTable::children),
        /** its 其中 run ({@link LegacyTable#subItems}) */
        SUB_ITEMS(LegacyTable::subItems);

        private final BiFunction<LegacyTable, String, List<String>> below;

        Parts(BiFunction<LegacyTable, String, List<String>> below) {
            this.below = below;
        }

        List<String> of(LegacyTable table, String total) {
            return below.apply(table, total);
        }
    }

    /**
     * One LEGACY sum as data: the indicator found by its label equals the sum of the indicators the
     * table's numbering puts below it, whatever those say. Regional tables split a total their own
     * way (当面/传真/电子邮件/网上/信函/其它形式, or 信函、传真 as one row): matching the parts by label
     * would miss some and count others twice, while the numbering says exactly which rows make it.
     */
    record Sum(LabelPath total, Parts parts) {
        Sum {
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(parts, "parts");
        }
    }

    static Sum childrenOf(LabelPath total) {
        return new Sum(total, Parts.CHILDREN);
    }

    static Sum subItemsOf(LabelPath total) {
        return new Sum(total, Parts.SUB_ITEMS);
    }

    /** The formula instances of the given sums, for a formula rule. */
    static Function<Audit, Formulas> sums(Sum... sums) {
        List<Sum> list = List.of(sums);
        return audit -> {
            Formulas.Builder out = new Formulas.Builder();
            for (Sum sum : list) add(audit.legacy(), sum, out);
            return out.build();
        };
    }

    /**
     * total = Σ parts. One part alone is no breakdown (a lone 其中:专职人员数 says nothing of the
     * rest), so a total with fewer than two parts is not checked and says so.
     */
    private static void add(LegacyTable table, Sum sum, Formulas.Builder out) {
        LabelPath total = sum.total();
        Optional<String> totalKey = total.resolve(table);
        if (totalKey.isEmpty()) {
            out.lack(total.nameZh(), "the indicator " + total.nameZh());
            return;
        }
        List<String> parts = sum.parts().of(table, totalKey.get());
        if (parts.size() < 2) {
            out.lack(total.nameZh() + "的分项", "the items of " + total.nameZh());
            return;
        }
        addWithCumulative(table, totalKey.get(), parts, out);
    }

    /**
     * LEGACY_ACTIVE_CHANNELS: 主动公开政府信息数 ≥ every single channel (an item published on
     * several channels counts once); one finding per report, expected = the largest channel.
     */
    static List<Finding> activeChannels(Rule rule, Audit audit) {
        LegacyTable table = audit.legacy();
        Optional<String> total = LegacyItems.ACTIVE_TOTAL.resolve(table);
        Optional<String> group = LegacyItems.CHANNELS.resolve(table);
        if (total.isEmpty())
            return List.of(audit.lacking(rule, LegacyItems.ACTIVE_TOTAL.nameZh(), "the items-published indicator"));
        if (group.isEmpty())
            return List.of(audit.lacking(rule, LegacyItems.CHANNELS.nameZh(), "the publication channels"));
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
        return List.of(audit.finding(
                rule,
                rule.severity(),
                keys,
                Optional.of(max),
                published,
                "「" + table.label(largest.get()) + "」" + Audit.plain(max) + " 大于主动公开总数 " + Audit.plain(published.get()),
                "the channel " + largest.get() + " (" + Audit.plain(max) + ") exceeds the items published ("
                        + Audit.plain(published.get()) + ")"));
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
                out.add(audit.finding(
                        rule,
                        rule.severity(),
                        List.of(parent, item),
                        part,
                        whole,
                        "「" + table.label(item) + "」" + Audit.plain(part.get()) + " 大于「" + table.label(parent) + "」"
                                + Audit.plain(whole.get()),
                        item + " (" + Audit.plain(part.get()) + ") exceeds its parent " + parent + " ("
                                + Audit.plain(whole.get()) + ")"));
            }
        }
        return out;
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
