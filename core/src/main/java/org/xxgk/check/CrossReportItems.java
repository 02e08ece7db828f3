package org.xxgk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.CellCatalog.ActiveRow;
import org.xxgk.model.CellCatalog.Item;
import org.xxgk.model.ReportSection;
import org.xxgk.model.Template;

/**
 * What the cross-report rules read of a report: the cells carried across years and the sections
 * compared for copied text. {@link ReportDigest} keeps these and no more; {@link CrossReportRules}
 * reads them from the digest. Both depend on this table, neither on the other's internals.
 */
final class CrossReportItems {

    private CrossReportItems() {}

    /** The V2019 rows of 二 that print both 上一年项目数量 and 本年增减. */
    static final List<ActiveRow> CARRIED_ACTIVE_ROWS = CellCatalog.activeRows(Template.V2019).stream().filter(row -> {
        List<String> columns = row.columns().stream().map(Item::id).toList();
        return columns.contains(Keys.PREVIOUS_YEAR) && columns.contains(Keys.CHANGE);
    }).toList();

    /** Every cell the year rules read. */
    static final List<String> KEYS_READ = keysRead();

    private static List<String> keysRead() {
        List<String> keys = new ArrayList<>();
        for (Item column : Keys.columnsWithTotal()) {
            keys.add(Keys.application(Keys.CARRIED_OVER, column.id()));
            keys.add(Keys.application(Keys.CARRIED_FORWARD, column.id()));
        }
        for (ActiveRow row : CARRIED_ACTIVE_ROWS) {
            keys.add(Keys.active(row.id(), Keys.PREVIOUS_YEAR));
            keys.add(Keys.active(row.id(), Keys.CHANGE));
        }
        return List.copyOf(keys);
    }

    /** A section compared for copied text, named for the findings. */
    record ComparedSection(String nameZh, String nameEn, boolean problems) {
        Optional<ReportSection> of(AnnualReport report) {
            return problems ? Inspections.problemsSection(report) : report.section(1);
        }
    }

    /** The sections compared for copied text: 一, and the problems-and-improvements section. */
    static final List<ComparedSection> COMPARED_SECTIONS = List.of(
            new ComparedSection("一、总体情况", "section 一 (overview)", false),
            new ComparedSection("存在的主要问题及改进情况", "the problems-and-improvements section", true));

    /** The normalised text of each of {@link #COMPARED_SECTIONS}, empty where the report lacks it. */
    static List<String> comparedTexts(AnnualReport report) {
        List<String> texts = new ArrayList<>();
        for (ComparedSection section : COMPARED_SECTIONS) {
            texts.add(section.of(report).map(ReportSection::text).map(NearDuplicates::normalise).orElse(""));
        }
        return texts;
    }

    /** Whether the report prints any cell of table 三 (a report without it says nothing of carried applications). */
    static boolean printsApplications(AnnualReport report) {
        return CellCatalog.applicationRows(report.template()).stream()
                .flatMap(r -> Keys.applicationRow(r.id()).stream()).anyMatch(report::prints);
    }
}
