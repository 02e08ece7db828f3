package org.xxgk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Markup;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/**
 * The page inside a decoded input that is not plain HTML. Two kinds reach the HTML extractor as
 * {@code .txt} or {@code .js} files: a saved page behind a crawler's header lines, whose header is
 * dropped, and a JavaScript or JSON file whose string literals hold the page
 * ({@code document.write("<table class=\"t\">…")}, {@code {"content":"<p>…<\/p>"}}), whose
 * literals are unescaped and joined. Positions in the result do not map back to the input.
 */
final class EmbeddedHtml {

    /** The HTML to parse, and what was done to find it. */
    record Unwrapped(String html, Optional<Warning> warning) {}

    /** The characters before the page that {@link #unwrap} would drop, and its warning. */
    record Header(int skip, Optional<Warning> warning) {}

    // the whole of a page starts here; anything before it is not the page
    private static final Pattern PAGE_START = Pattern.compile("<(?:!doctype|html)\\b", Pattern.CASE_INSENSITIVE);

    // what may stand between two literals that JavaScript concatenates: "<td>" + "5" + "</td>"
    private static final Pattern CONCATENATION = Pattern.compile("\\s*\\+\\s*");

    private static final String HEX_DIGITS = "0123456789abcdefABCDEF";

    private EmbeddedHtml() {}

    static Unwrapped unwrap(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF'))
            start++;
        // the common case, a page that starts with its markup, costs one look
        if (start == text.length() || text.charAt(start) == '<') return new Unwrapped(text, Optional.empty());
        Matcher first = Markup.TAG.matcher(text);
        if (!first.find()) return new Unwrapped(text, Optional.empty());
        List<Literal> literals = Literal.scan(text);
        if (insideLiteral(literals, first.start()) && mostTagsInside(text, literals)) {
            String html = fromLiterals(text, literals);
            if (Markup.TAG.matcher(html).find()) {
                return new Unwrapped(
                        html,
                        Optional.of(new Warning(
                                WarningCode.HTML_FROM_SCRIPT,
                                "the page was read from the HTML in the JavaScript or JSON strings of this file",
                                Provenance.NONE)));
            }
        }
        if (PAGE_START.matcher(text).region(first.start(), text.length()).lookingAt()) {
            return new Unwrapped(text.substring(first.start()), Optional.of(headerSkipped(first.start())));
        }
        return new Unwrapped(text, Optional.empty());
    }

    private static Warning headerSkipped(int chars) {
        return new Warning(
                WarningCode.TEXT_BEFORE_PAGE,
                "skipped " + chars + " characters of text before the page's first tag (a crawler's header)",
                Provenance.NONE);
    }

    // a tag match is this short at most: one found this far before the end of a prefix is the text's first
    private static final int MAX_TAG_CHARS = 32;

    /**
     * What {@link #unwrap} does with a text, decided from its beginning alone where that is enough,
     * so that a huge page behind a header is parsed as it is decoded rather than held whole: the
     * characters to skip (0: none) and the warning, or empty when the whole text is needed. That is
     * the case of a first tag not found in the prefix, or one after a quote (it may stand in a string literal).
     *
     * @param prefix the text's first characters
     * @param whole  whether the prefix is all of the text
     */
    static Optional<Header> fromPrefix(String prefix, boolean whole) {
        int start = 0;
        while (start < prefix.length()
                && (Character.isWhitespace(prefix.charAt(start)) || prefix.charAt(start) == '\uFEFF')) start++;
        if (start < prefix.length() && prefix.charAt(start) == '<') return Optional.of(new Header(0, Optional.empty()));
        Matcher first = Markup.TAG.matcher(prefix);
        if (!first.find() || !whole && first.start() + MAX_TAG_CHARS > prefix.length()) return Optional.empty();
        for (int i = 0; i < first.start(); i++) {
            char c = prefix.charAt(i);
            if (c == '"' || c == '\'' || c == '`') return Optional.empty();
        }
        if (PAGE_START.matcher(prefix).region(first.start(), prefix.length()).lookingAt()) {
            return Optional.of(new Header(first.start(), Optional.of(headerSkipped(first.start()))));
        }
        return Optional.of(new Header(0, Optional.empty()));
    }

    /**
     * Whether more structural tags lie inside literals than outside. A page behind a header may
     * have its own quotes and script strings, but most of its tags stand outside them.
     */
    private static boolean mostTagsInside(String text, List<Literal> literals) {
        Matcher m = Markup.TAG.matcher(text);
        int inside = 0;
        int outside = 0;
        int i = 0;
        while (m.find()) {
            while (i < literals.size() && literals.get(i).end() <= m.start()) i++;
            if (i < literals.size() && literals.get(i).start() <= m.start()) inside++;
            else outside++;
        }
        return inside > outside;
    }

    private static boolean insideLiteral(List<Literal> literals, int position) {
        return literals.stream().anyMatch(l -> l.start() <= position && position < l.end());
    }

    /**
     * The unescaped literals that hold markup, in order, with the literals concatenated to them
     * ({@code "<td>" + "5"}); names, keys and other strings are left out.
     */
    private static String fromLiterals(String text, List<Literal> literals) {
        StringBuilder html = new StringBuilder(text.length());
        int i = 0;
        while (i < literals.size()) {
            int j = i + 1;
            while (j < literals.size()
                    && CONCATENATION
                            .matcher(text)
                            .region(literals.get(j - 1).end(), literals.get(j).start())
                            .matches()) j++;
            List<String> chain = new ArrayList<>(j - i);
            for (Literal l : literals.subList(i, j)) chain.add(unescape(text, l.start() + 1, l.end() - 1));
            if (chain.stream().anyMatch(s -> Markup.TAG.matcher(s).find())) chain.forEach(html::append);
            i = j;
        }
        return html.toString();
    }

    /**
     * The value of the JavaScript string literal body {@code text[from, to)}: JSON's escapes and
     * JavaScript's ({@code \x41}, code points in braces, line continuations, {@code \'} ...). A
     * malformed escape is kept as written, as a browser would not run the script at all.
     */
    static String unescape(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                out.append(c);
                i++;
                continue;
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append((char) 0x0B);
                case '0' -> out.append('\0');
                case '\r' -> i += i < to && text.charAt(i) == '\n' ? 1 : 0; // line continuation
                case '\n', '\u2028', '\u2029' -> { } // line continuation
                case 'x' -> i = codePoint(text, i, Math.min(i + 2, to), 2, out) ? i + 2 : append(out, "\\x", i);
                case 'u' -> {
                    int close = i < to && text.charAt(i) == '{' ? text.indexOf('}', i) : -1;
                    if (close > 0 && close < to) {
                        i = codePoint(text, i + 1, close, 1, out) ? close + 1 : append(out, "\\u", i);
                    } else {
                        i = codePoint(text, i, Math.min(i + 4, to), 4, out) ? i + 4 : append(out, "\\u", i);
                    }
                }
                default -> out.append(e); // \" \' \\ \/ \` and any other character stand for themselves
            }
        }
        return out.toString();
    }

    /**
     * Appends the code point written as {@code digits} or more (up to 6) hex digits in {@code text[from, to)}, if they
     * are.
     */
    private static boolean codePoint(String text, int from, int to, int digits, StringBuilder out) {
        if (to - from < digits || to - from > 6) return false;
        for (int k = from; k < to; k++) {
            if (HEX_DIGITS.indexOf(text.charAt(k)) < 0) return false; // ASCII only, unlike Character.digit
        }
        int cp = Integer.parseInt(text, from, to, 16);
        if (!Character.isValidCodePoint(cp)) return false;
        out.appendCodePoint(cp);
        return true;
    }

    /** A malformed escape is kept as written: appends its start and goes on at {@code next}. */
    private static int append(StringBuilder out, String escapeStart, int next) {
        out.append(escapeStart);
        return next;
    }

    /** A string literal with its quotes: {@code text.substring(start, end)}. */
    record Literal(int start, int end) {

        /**
         * The string literals of JavaScript or JSON source, in order. A quote whose literal is not
         * closed before the line ends (an apostrophe in prose) opens none, and the rest of its
         * line holds none; a template literal may span lines but must be closed. Comments are not
         * recognised: a quote in one at worst misreads the rest of its line.
         */
        static List<Literal> scan(String text) {
            List<Literal> found = new ArrayList<>();
            int n = text.length();
            boolean templates = true;
            int i = 0;
            while (i < n) {
                char q = text.charAt(i);
                if (q != '"' && q != '\'' && (q != '`' || !templates)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && text.charAt(j) != q && (q == '`' || text.charAt(j) != '\n' && text.charAt(j) != '\r')) {
                    // an escape (a line continuation \ CR LF too) never ends the literal
                    j += text.charAt(j) == '\\' ? (text.startsWith("\r\n", j + 1) ? 3 : 2) : 1;
                }
                if (j < n && text.charAt(j) == q) {
                    found.add(new Literal(i, j + 1));
                    i = j + 1;
                } else if (q == '`') {
                    // no later backtick closes one either: read on with backticks as plain characters
                    templates = false;
                    i++;
                } else {
                    // an apostrophe in prose: going on from the line end keeps the scan linear
                    i = j;
                }
            }
            return found;
        }
    }
}
