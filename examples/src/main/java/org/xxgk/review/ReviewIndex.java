package org.xxgk.review;

import java.util.List;

/**
 * The index page of a review folder: one row per report (agency, year, template, ERRORs, WARNINGs,
 * values not placed), sortable by any column with the mouse or the keyboard, linking to each page.
 * Its one script is the sorter below, constant text: nothing of a report's goes into it.
 */
final class ReviewIndex {

    /** One report's row. */
    record Row(
            String href,
            String source,
            String agency,
            String year,
            String template,
            int errors,
            int warnings,
            int unplaced) {}

    /** Sorts the table's rows by the column of the button pressed; numbers as numbers; a second press reverses. */
    static final String SORTER = """
        (function () {
          var table = document.getElementById('reports');
          var buttons = table.querySelectorAll('thead button');
          buttons.forEach(function (button, index) {
            button.addEventListener('click', function () {
              var th = button.parentNode;
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = th.hasAttribute('data-numeric');
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[index].getAttribute('data-sort') || a.cells[index].textContent;
                var y = b.cells[index].getAttribute('data-sort') || b.cells[index].textContent;
                var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh-CN');
                return ascending ? c : -c;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
        })();
        """;

    private ReviewIndex() {}

    static String render(List<Row> rows, List<String> unreadable) {
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>审阅索引 / Review index</title>\n<style>\n")
                .append(ReviewHtml.STYLE)
                .append("</style>\n</head>\n<body>\n")
                .append("<main>\n<h1>政府信息公开工作年度报告审阅 / Review of annual reports</h1>\n")
                .append("<p>")
                .append(rows.size())
                .append(" 份报告。按列标题排序(可用键盘)。 / ")
                .append(rows.size())
                .append(" reports. Press a column heading to sort by it (keyboard too).</p>\n")
                .append("<table id=\"reports\">\n<thead>\n<tr>");
        String[][] headings = {
            {"文件 File", ""},
            {"机关 Agency", ""},
            {"年度 Year", "n"},
            {"格式 Template", ""},
            {ReviewHtml.ERROR_SYMBOL + " 错误 ERRORs", "n"},
            {ReviewHtml.WARNING_SYMBOL + " 警告 WARNINGs", "n"},
            {"未能放置 Not placed", "n"}
        };
        for (String[] h : headings) {
            html.append("<th scope=\"col\"")
                    .append(h[1].isEmpty() ? "" : " data-numeric=\"\"")
                    .append("><button type=\"button\">")
                    .append(ReviewHtml.text(h[0]))
                    .append("</button></th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : rows) {
            html.append("<tr><td><a href=\"")
                    .append(ReviewHtml.attr(row.href()))
                    .append("\">")
                    .append(ReviewHtml.text(row.source()))
                    .append("</a></td>")
                    .append("<td>")
                    .append(ReviewHtml.text(row.agency()))
                    .append("</td>")
                    .append("<td class=\"num\">")
                    .append(ReviewHtml.text(row.year()))
                    .append("</td>")
                    .append("<td>")
                    .append(ReviewHtml.text(row.template()))
                    .append("</td>")
                    .append("<td class=\"num")
                    .append(row.errors() > 0 ? " sev-error" : "")
                    .append("\">")
                    .append(row.errors())
                    .append("</td>")
                    .append("<td class=\"num")
                    .append(row.warnings() > 0 ? " sev-warning" : "")
                    .append("\">")
                    .append(row.warnings())
                    .append("</td>")
                    .append("<td class=\"num\">")
                    .append(row.unplaced())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (!unreadable.isEmpty()) {
            html.append("<h2>未能读取 / Could not be read</h2>\n<ul>\n");
            for (String line : unreadable) html.append("<li>").append(ReviewHtml.text(line)).append("</li>\n");
            html.append("</ul>\n");
        }
        html.append("</main>\n<script>\n").append(SORTER).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }
}
