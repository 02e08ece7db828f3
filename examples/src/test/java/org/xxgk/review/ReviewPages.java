package org.xxgk.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.xxgk.cli.Cli;
import org.xxgk.output.ReportJsonTest;

/** What the review tests check on a page, whether read from disk or from a browser's DOM. */
public final class ReviewPages {

    /** A payload that would change the page if it ran: the title, and an attribute on body. */
    static final String PAYLOAD = "<script>document.title='PWNED'</script>"
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

    private ReviewPages() {}

    /** The JSON {@code xxgk extract} prints for {@code file}. */
    static JsonNode json(Path file) throws Exception {
        Cli cli = Cli.run("extract", file.toString());
        if (cli.exitCode() != 0 && cli.exitCode() != 1) throw new AssertionError("extract " + file + ": " + cli.err());
        return ReportJsonTest.parse(cli.out());
    }

    /** The page {@code xxgk review} writes for {@code file} in {@code out}. */
    static Path page(Path out, Path file) {
        return out.resolve(file.getFileName() + ".html");
    }

    /** The HTML parse errors jsoup finds in {@code html} (empty for a well-formed page). */
    public static List<String> parseErrors(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Jsoup.parse(html, "", parser);
        List<String> errors = new ArrayList<>();
        for (ParseError e : parser.getErrors()) errors.add(e.toString());
        return errors;
    }

    static Document parse(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    }

    /**
     * Every cell of the JSON is on the page once with its value in {@code data-value} (none for
     * null), the page has no other cell, and every cell an ERROR finding reads is marked.
     */
    static List<String> problems(Document page, JsonNode json) {
        List<String> problems = new ArrayList<>();
        Map<String, Element> cells = new HashMap<>();
        for (Element td : page.select("td[data-key]")) {
            if (cells.put(td.attr("data-key"), td) != null)
                problems.add("cell twice on the page: " + td.attr("data-key"));
        }
        JsonNode expected = json.get("cells");
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            Element td = cells.get(e.getKey());
            if (td == null) {
                problems.add("not on the page: " + e.getKey());
            } else if (e.getValue().isNull()) {
                if (td.hasAttr("data-value"))
                    problems.add(e.getKey() + ": null in the JSON, data-value " + td.attr("data-value"));
            } else if (!td.hasAttr("data-value")) {
                problems.add(e.getKey() + ": " + e.getValue() + " in the JSON, no data-value");
            } else if (new BigDecimal(td.attr("data-value")).compareTo(e.getValue().decimalValue()) != 0) {
                problems.add(e.getKey() + ": " + e.getValue() + " in the JSON, data-value " + td.attr("data-value"));
            }
        }
        for (String key : cells.keySet()) if (!expected.has(key)) problems.add("on the page, not in the JSON: " + key);
        for (JsonNode finding : json.get("findings")) {
            if (!finding.get("severity").asText().equals("ERROR")) continue;
            for (JsonNode key : finding.get("keys")) {
                Element td = cells.get(key.asText());
                if (td == null) continue; // a cell the report does not print
                if (!td.hasClass("sev-error") || !td.attr("data-severity").equals("ERROR")
                        || !td.select(".mark").text().contains(ReviewHtml.ERROR_SYMBOL)) {
                    problems.add(finding.get("rule").asText() + ": ERROR cell not marked: " + key.asText());
                }
            }
        }
        return problems;
    }

    /**
     * Whatever could run or load something: scripts, event-handler attributes, javascript: URLs, external resources.
     */
    public static List<String> executable(Document page, boolean sorterAllowed) {
        List<String> found = new ArrayList<>();
        for (Element script : page.select("script")) {
            if (!(sorterAllowed && script.data().strip().equals(ReviewIndex.SORTER.strip())))
                found.add("script: " + script.outerHtml());
        }
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on")) found.add("event handler: " + e.tagName() + " " + a);
                if ((name.equals("href") || name.equals("src") || name.equals("action"))
                        && (value.startsWith("javascript:")
                                || value.startsWith("http:")
                                || value.startsWith("https:")
                                || value.startsWith("//"))) {
                    found.add("url: " + e.tagName() + " " + a);
                }
                if (name.equals("src") || name.equals("srcdoc"))
                    found.add("embedded resource: " + e.tagName() + " " + a);
            }
        }
        for (String tag :
                List.of("img", "iframe", "object", "embed", "svg", "link", "base", "form", "meta[http-equiv]")) {
            if (!page.select(tag).isEmpty()) found.add("element: " + tag);
        }
        return found;
    }
}
