package org.xxgk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.Template;

/**
 * NARRATIVE_MISMATCH: which table cells each prose figure ({@link NarrativeFigure#name()}) speaks
 * of, as one table, and the comparison. A figure names a sum of cells that must equal it, and cells
 * that its wording makes zero ("全部办结": nothing carried forward; "全部按时办结": nothing late).
 */
final class NarrativeLinks {

    private NarrativeLinks() {}

    /**
     * One reading of a prose figure.
     *
     * @param name      the figure's name, as the prose reader and the golden files call it
     * @param templates where the reading applies
     * @param quote     the reading applies when the figure's sentence matches (first matching reading wins)
     * @param sums      the sums of cells the figure may state, one list of cells each: the figure
     *                  agrees with the table when it equals any of them, and a mismatch is reported
     *                  against the first (more than one where the wording leaves the count open)
     * @param zero      cells the figure's wording makes zero
     */
    record Link(String name, Set<Template> templates, Pattern quote, List<List<CellRef>> sums, List<CellRef> zero) {
        Link {
            templates = Set.copyOf(templates);
            sums = sums.stream().map(List::copyOf).toList();
            if (sums.isEmpty()) throw new IllegalArgumentException("a link names at least one sum of cells");
            zero = List.copyOf(zero);
        }
    }

    private static final Set<Template> TABLES = EnumSet.of(Template.V2019, Template.V2021);
    private static final Set<Template> LEGACY = EnumSet.of(Template.LEGACY);
    private static final Pattern ANY = Pattern.compile("");
    /**
     * A sentence whose total includes last year's carried-over applications (含上年结转, 连同结转 …
     * 在内); a sentence that merely names them beside the new ones (新收12件,上年结转2件) does not.
     */
    private static final Pattern WITH_CARRIED_OVER = Pattern.compile(
            "(?:含|包括|包含|连同|加上)(?:上年度?|上一年度?)?结转|结转[^。,;]{0,12}在内");
    /** A sentence that counts only this year's new applications (新收12件,上年结转2件). */
    private static final Pattern NEWLY_ONLY = Pattern.compile("新收|新增|新接收|新受理");

    private static CellRef app(String row) {
        return CellRef.key(Keys.application(row, Keys.TOTAL));
    }

    /** 一 (newly received), with 二 (carried over) when the count includes them. */
    private static List<CellRef> received(boolean withCarriedOver) {
        return withCarriedOver
                ? List.of(app(Keys.NEWLY_RECEIVED), app(Keys.CARRIED_OVER))
                : List.of(app(Keys.NEWLY_RECEIVED));
    }

    private static CellRef review(String group, String column) {
        return CellRef.key(Keys.review(group, column));
    }

    private static CellRef legacy(LabelPath path) {
        return CellRef.label(path);
    }

    private static Link tables(String name, List<CellRef> sum, List<CellRef> zero) {
        return new Link(name, TABLES, ANY, List.of(sum), zero);
    }

    private static Link legacy(String name, List<CellRef> sum, List<CellRef> zero) {
        return new Link(name, LEGACY, ANY, List.of(sum), zero);
    }

    private static Link legacy(String name, LabelPath cell) {
        return legacy(name, List.of(legacy(cell)), List.of());
    }

    private static List<CellRef> litigation(String column) {
        return List.of(review(Keys.LITIGATION_DIRECT, column), review(Keys.LITIGATION_AFTER_REVIEW, column));
    }

    /** The table: prose figure name → cells, V2019 / V2021 by key, LEGACY by label. */
    static final List<Link> LINKS = List.of(
            // 受理/收到 N 件 may count the applications handled this year, carried-over ones included
            // (受理749件 = 713 new + 36 carried over); 新收 and 含结转 settle which
            new Link("applicationsReceived", TABLES, WITH_CARRIED_OVER, List.of(received(true)), List.of()),
            new Link("applicationsReceived", TABLES, NEWLY_ONLY, List.of(received(false)), List.of()),
            new Link("applicationsReceived", TABLES, ANY, List.of(received(false), received(true)), List.of()),
            tables("applicationsCompleted", List.of(app(Keys.RESULT_TOTAL)), List.of(app(Keys.CARRIED_FORWARD))),
            tables("applicationsAnswered", List.of(app(Keys.RESULT_TOTAL)), List.of(app(Keys.CARRIED_FORWARD))),
            tables("reconsiderationCases", List.of(review(Keys.RECONSIDERATION, Keys.TOTAL)), List.of()),
            tables("reconsiderationUpheld", List.of(review(Keys.RECONSIDERATION, Keys.UPHELD)), List.of()),
            tables("reconsiderationCorrected", List.of(review(Keys.RECONSIDERATION, Keys.CORRECTED)), List.of()),
            tables("litigationCases", litigation(Keys.TOTAL), List.of()),
            tables("litigationUpheld", litigation(Keys.UPHELD), List.of()),
            tables("litigationCorrected", litigation(Keys.CORRECTED), List.of()),
            legacy("activeDisclosureItems", LegacyItems.ACTIVE_TOTAL),
            legacy("websiteItems", LegacyItems.WEBSITE),
            legacy("policyInterpretations", LegacyItems.POLICY_INTERPRETATIONS),
            legacy("hotspotResponses", LegacyItems.HOTSPOTS),
            legacy("applicationsReceived", LegacyItems.RECEIVED),
            legacy("applicationsCompleted", LegacyItems.COMPLETED),
            legacy(
                    "applicationsCompletedOnTime",
                    List.of(legacy(LegacyItems.COMPLETED_ON_TIME)),
                    List.of(legacy(LegacyItems.COMPLETED_LATE))),
            legacy("answersAlreadyPublic", LegacyItems.ALREADY_PUBLIC),
            legacy("answersGranted", LegacyItems.GRANTED),
            legacy("answersPartlyGranted", LegacyItems.PARTLY_GRANTED),
            legacy("answersRefused", LegacyItems.REFUSED),
            legacy("answersNotThisAgency", LegacyItems.NOT_THIS_AGENCY),
            legacy("answersNotExist", LegacyItems.NOT_EXISTING),
            legacy(
                    "answersChangeOrOtherChannel",
                    List.of(legacy(LegacyItems.TOLD_TO_CHANGE), legacy(LegacyItems.TOLD_OTHER_CHANNEL)),
                    List.of()),
            legacy("reconsiderationCases", LegacyItems.RECONSIDERATION),
            legacy("reconsiderationUpheld", LegacyItems.RECONSIDERATION_UPHELD),
            legacy("reconsiderationCorrected", LegacyItems.RECONSIDERATION_CORRECTED),
            legacy("reconsiderationOther", LegacyItems.RECONSIDERATION_OTHER),
            legacy("litigationCases", LegacyItems.LITIGATION),
            legacy("litigationUpheld", LegacyItems.LITIGATION_UPHELD),
            legacy("litigationCorrected", LegacyItems.LITIGATION_CORRECTED),
            legacy("litigationOther", LegacyItems.LITIGATION_OTHER),
            legacy("dedicatedBodies", LegacyItems.BODIES),
            legacy("readingRooms", LegacyItems.READING_ROOMS),
            legacy("staff", LegacyItems.STAFF),
            legacy("fullTimeStaff", LegacyItems.FULL_TIME_STAFF),
            legacy("partTimeStaff", LegacyItems.PART_TIME_STAFF),
            legacy("specialFunds", LegacyItems.SPECIAL_FUNDS),
            legacy("meetings", LegacyItems.MEETINGS),
            legacy("trainingSessions", LegacyItems.TRAINING_SESSIONS),
            legacy("trainees", LegacyItems.TRAINEES));

    /**
     * Each prose figure against its cells, in the order the prose states them. A blank cell never
     * contradicts the prose; a LEGACY indicator the table lacks gives an INFO finding.
     */
    static List<Finding> check(Rule rule, Audit audit) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NarrativeFigure figure : audit.report().narrative()) {
            if (!seen.add(figure.name() + "=" + figure.value().stripTrailingZeros().toPlainString())) continue;
            reading(figure, audit).ifPresent(link -> compare(rule, audit, figure, link, out));
        }
        return out;
    }

    private static Optional<Link> reading(NarrativeFigure figure, Audit audit) {
        for (Link l : BY_NAME.getOrDefault(figure.name(), List.of())) {
            if (l.templates().contains(audit.report().template()) && l.quote().matcher(figure.quote()).find()) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** {@link #LINKS} by the figure they read, in their order: each figure of each report looks its links up. */
    private static final Map<String, List<Link>> BY_NAME = LINKS.stream()
            .collect(Collectors.groupingBy(Link::name, LinkedHashMap::new, Collectors.toUnmodifiableList()));

    private static void compare(Rule rule, Audit audit, NarrativeFigure figure, Link link, List<Finding> out) {
        List<List<String>> sums = new ArrayList<>();
        for (List<CellRef> refs : link.sums()) {
            List<String> sum = new ArrayList<>();
            for (CellRef ref : refs) {
                Optional<String> key = ref.resolve(audit);
                if (key.isEmpty()) {
                    out.add(audit.lacking(
                            rule,
                            ref.nameZh(),
                            "the indicator " + ref.nameZh() + " for the prose figure " + figure.name()));
                    return;
                }
                // two labels may find one row (告知作出更改补充或通过其他途径办理数): it counts once
                if (!sum.contains(key.get())) sum.add(key.get());
            }
            sums.add(sum);
        }
        List<String> zero = new ArrayList<>();
        for (CellRef ref : link.zero()) ref.resolve(audit).ifPresent(zero::add);
        List<String> sum = sums.get(0);
        if (!sum.stream().allMatch(audit::present)) return;
        BigDecimal stated = figure.value();
        BigDecimal table = audit.sum(sum);
        boolean sumDiffers = sums.stream()
                .noneMatch(
                        s -> s.stream().allMatch(audit::present) && audit.sum(s).compareTo(stated) == 0);
        boolean zeroDiffers = zero.stream().map(audit::value).flatMap(Optional::stream).anyMatch(v -> v.signum() != 0);
        if (!sumDiffers && !zeroDiffers) return;
        TreeSet<String> keys = new TreeSet<>(CellCatalog.keyOrder());
        keys.addAll(sum);
        keys.addAll(zero);
        out.add(audit.finding(
                rule,
                rule.severity(),
                List.copyOf(keys),
                Optional.of(stated),
                Optional.of(table),
                "正文「" + figure.quote() + "」称 " + Audit.plain(stated) + ",统计表为 " + Audit.plain(table)
                        + (zeroDiffers ? "(且 " + String.join("、", zero) + " 不为0)" : ""),
                "the prose figure " + figure.name() + " = " + Audit.plain(stated) + " but the table gives "
                        + Audit.plain(table) + (zeroDiffers ? " (and " + String.join(", ", zero) + " is not 0)" : "")));
    }
}
