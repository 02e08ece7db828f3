package org.xxgk.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the markup of a report page from prose that mentions a tag. A page is built of tables and
 * paragraphs, so it holds many structural tags and closes some of them; a text report that quotes
 * {@code <table>} or says {@code a<b} does not. The tags count raw ({@code <td>}) and as written
 * inside a JavaScript or JSON string: {@code <\/td>}, or with {@code <} as a u003c escape, as
 * HTML-safe JSON encoders write it.
 */
public final class Markup {

    /**
     * A structural tag, opening or closing; group 1 is set for a closing one. The name must end
     * there: {@code <pre} and {@code <tr.length} are not {@code <p} and {@code <tr}. A backslash may
     * end it too, as in {@code <br\/>} or {@code <td\n} inside a string.
     */
    public static final Pattern TAG = Pattern.compile(
            "(?:<|\\\\u003c)(\\\\?/)?(?:!doctype|html|head|body|title|meta|table|caption|thead|tbody|tfoot|tr|td|th"
                    + "|p|div|span|br|font|center|h[1-6]|ul|ol|li)(?=[\\s>/\\\\])",
            Pattern.CASE_INSENSITIVE);

    // six tags and two of them closed: the smallest table (<table><tr><td>…</td></tr></table>) passes,
    // a sentence that quotes a tag or two does not
    private static final int MIN_TAGS = 6;
    private static final int MIN_CLOSING = 2;

    private Markup() {}

    /** Whether {@code text} holds enough structural tags, raw or escaped, to be a page rather than prose. */
    public static boolean holdsMarkup(String text) {
        Matcher m = TAG.matcher(text);
        int tags = 0;
        int closing = 0;
        int n = text.length();
        // every tag starts with < or a backslash: the pattern runs only there, not at each character of prose (found
        // by indexOf, which the JVM runs many characters at a time)
        int lt = text.indexOf('<');
        int backslash = text.indexOf('\\');
        while (lt >= 0 || backslash >= 0) {
            int i = lt < 0 ? backslash : backslash < 0 ? lt : Math.min(lt, backslash);
            int next = i + 1;
            if (m.region(i, n).lookingAt()) {
                tags++;
                if (m.group(1) != null) closing++;
                if (tags >= MIN_TAGS && closing >= MIN_CLOSING) return true;
                next = Math.max(next, m.end());
            }
            if (lt >= 0 && lt < next) lt = text.indexOf('<', next);
            if (backslash >= 0 && backslash < next) backslash = text.indexOf('\\', next);
        }
        return false;
    }
}
