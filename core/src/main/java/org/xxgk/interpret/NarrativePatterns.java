package org.xxgk.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.source.Provenance;

/**
 * The figures a report states in its prose, as one table: figure name (the names the checker and
 * the golden files use) to the phrasings that state it. Patterns run on the sentence in compact
 * form (NFKC, no white space), so {@code ４ 件} reads as {@code 4件} and {@code ，} as {@code ,}.
 * A missing figure is better than a wrong one: every pattern wants the measure word right after
 * the number and the words that say what is counted right before it.
 */
final class NarrativePatterns {

    private NarrativePatterns() {}

    /**
     * A sentence of prose and where it starts; {@code spaceless} where its text is known to hold no white space (its
     * compact form is itself).
     */
    record Sentence(String text, Provenance provenance, boolean spaceless) {
        Sentence(String text, Provenance provenance) {
            this(text, provenance, false);
        }
    }

    /**
     * One phrasing of a figure.
     *
     * @param name    the figure
     * @param pattern on the compact sentence; the value is group {@code n} (0 when the pattern has
     *                none: a phrasing of "none happened"), the measure word group {@code u}
     * @param unit    the measure word when the pattern captures none
     * @param within  the sentence must speak of this (empty: any sentence)
     * @param without the sentence must not speak of this (empty: no condition)
     * @param veto    the clause before the match (from the last comma) must not hold this: the
     *                words that make the number another one (a channel's share, last year's)
     */
    private record Phrasing(
            String name,
            Pattern pattern,
            String unit,
            String within,
            String without,
            Optional<Pattern> veto,
            List<String> literals,
            List<List<String>> alternatives,
            int lead,
            List<String> starts,
            boolean hasValue,
            boolean hasUnit,
            Chars needs) {
        Phrasing(String name, Pattern pattern, String unit, String within, String without, Optional<Pattern> veto) {
            this(name, pattern, unit, within, without, veto, requiredLiterals(pattern.pattern()),
                    requiredAlternatives(pattern.pattern()), leadOf(pattern.pattern()), startWords(pattern.pattern()),
                    pattern.pattern().contains("(?<n>"), pattern.pattern().contains("(?<u>"),
                    Chars.of(within + String.join("", requiredLiterals(pattern.pattern()))));
        }

        /**
         * Whether the pattern can match at all: the sentence speaks of {@code within} and not of
         * {@code without}, holds the words every match holds and, where the pattern reads a value, a digit
         * (group {@code n} takes part in every match: {@link #match} reads it unconditionally).
         * These are {@code contains} checks that spare the regex most sentences.
         */
        boolean applies(String sentence, Chars chars, boolean hasDigit) {
            return needs.in(chars)
                    && (within.isEmpty() || sentence.contains(within))
                    && (without.isEmpty() || !sentence.contains(without))
                    && (!hasValue || hasDigit)
                    && containsAll(sentence);
        }

        private boolean containsAll(String sentence) {
            // indexed: these run for every phrasing of every sentence
            for (int i = 0; i < literals.size(); i++) if (!sentence.contains(literals.get(i))) return false;
            for (int i = 0; i < alternatives.size(); i++) if (!containsAny(sentence, alternatives.get(i))) return false;
            return true;
        }

        private static boolean containsAny(String sentence, List<String> words) {
            for (int i = 0; i < words.size(); i++) if (sentence.contains(words.get(i))) return true;
            return false;
        }
    }

    /**
     * The characters of a text as two 64-bit sets of their hashes: a text that holds a word holds every bit of the
     * word's sets, so a word whose bits a sentence lacks is not in it, and most phrasings are ruled out by two ANDs.
     */
    record Chars(long low, long high) {
        static Chars of(String text) {
            long low = 0;
            long high = 0;
            for (int i = 0; i < text.length(); i++) {
                // two bits of one hash, one in each half (a shift takes the low 6 bits of its count): no branch
                int hash = text.charAt(i) * 0x9E3779B1;
                low |= 1L << (hash >>> 26);
                high |= 1L << (hash >>> 20);
            }
            return new Chars(low, high);
        }

        /** Whether every bit of this set is in {@code text}'s: false means a character of this one is not. */
        boolean in(Chars text) {
            return (low & ~text.low) == 0 && (high & ~text.high) == 0;
        }
    }

    /**
     * How many characters at most a match of {@code regex} holds before its first required literal
     * ({@link #requiredLiterals}), so that the search can start that far before the literal's first
     * place in a sentence; -1 when the pattern before the literal is more than lookbehinds, CJK
     * characters and groups of CJK words ({@code (?<!未|没有)(?:发生|被申请)?行政复议}: 3).
     */
    static int leadOf(String regex) {
        List<String> literals = requiredLiterals(regex);
        if (literals.isEmpty()) return -1;
        String anchor = literals.get(0);
        int lead = 0;
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith(anchor, i)) {
                // the literal as every match holds it: not made optional or repeated by what follows
                int after = i + anchor.length();
                char next = after < regex.length() ? regex.charAt(after) : 0;
                return next == '?' || next == '*' || next == '{' || next == '+' ? -1 : lead;
            }
            char c = regex.charAt(i);
            if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
                // a lookbehind of plain words (no class, escape or group inside that could hold a bracket) takes no
                // characters
                int end = regex.indexOf(')', i);
                if (end < 0) return -1;
                String body = regex.substring(i + 4, end);
                if (body.indexOf('(') >= 0 || body.indexOf('[') >= 0 || body.indexOf('\\') >= 0) return -1;
                i = end + 1;
            } else if (regex.startsWith("(?:", i)) {
                Optional<List<String>> words = wordGroup(regex, i + 3);
                if (words.isEmpty()) return -1;
                int end = regex.indexOf(')', i);
                lead += words.get().stream().mapToInt(String::length).max().orElse(0);
                i = end + 1;
                if (i < regex.length() && regex.charAt(i) == '?') i++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
                if (next == '*' || next == '{' || next == '+') return -1;
                lead++;
                i++;
                if (next == '?') i++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The words every match of {@code regex} starts with, one of them: those of a group that opens the pattern and is
     * required ({@link #leadingWords}: {@code (?:收到|受理)…}, {@code (?:未(?:发生|收到)|没有)…}); none where the pattern
     * opens otherwise or holds an alternation at the top level.
     */
    static List<String> startWords(String regex) {
        if (!regex.startsWith("(?:") || alternatesAtTop(regex)) return List.of();
        return leadingWords(regex, 3).orElse(List.of());
    }

    /** Whether {@code regex} is an alternation at its top level ({@code A|B}, outside any group or class). */
    private static boolean alternatesAtTop(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    /**
     * The groups of words of which every match of {@code regex} contains one: of each top-level group not followed
     * by a quantifier, in a pattern without an alternation at the top level, the CJK words each of its alternatives
     * starts with ({@code (?:官网|门户网站)}: both words; {@code (?:未(?:发生|收到)|没有)}: 未 or 没有), where every
     * alternative starts with one. None when there is such an alternation.
     */
    static List<List<String>> requiredAlternatives(String regex) {
        if (alternatesAtTop(regex)) return List.of();
        List<List<String>> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (depth == 0 && regex.startsWith("(?:", i)) leadingWords(regex, i + 3).ifPresent(out::add);
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return List.copyOf(out);
    }

    /**
     * Of a group {@code (?:…)} whose body starts at {@code from}, not followed by a quantifier, the run of CJK
     * characters each of its alternatives starts with (a character a quantifier follows left out); empty where the
     * group is quantified or an alternative starts otherwise.
     */
    private static Optional<List<String>> leadingWords(String regex, int from) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean atStart = true; // in the leading run of the current alternative
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (inClass) {
                if (c == '\\') i++;
                else if (c == ']') inClass = false;
                continue;
            }
            if (depth == 0 && (c == '|' || c == ')')) {
                if (word.length() == 0) return Optional.empty();
                words.add(word.toString());
                word.setLength(0);
                atStart = true;
                if (c == '|') continue;
                char after = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
                boolean quantified = after == '?' || after == '*' || after == '{' || after == '+';
                return quantified ? Optional.empty() : Optional.of(List.copyOf(words));
            }
            if (atStart && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
                if (next == '?' || next == '*' || next == '{' || next == '+') atStart = false;
                else word.append(c);
                continue;
            }
            atStart = false;
            if (c == '\\') i++;
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
        }
        return Optional.empty();
    }

    /**
     * The words of a group {@code (?:A|B)} whose body starts at {@code from}: CJK characters and bars
     * only, no quantifier after it but a {@code ?}.
     */
    private static Optional<List<String>> wordGroup(String regex, int from) {
        int end = regex.indexOf(')', from);
        if (end < 0) return Optional.empty();
        char after = end + 1 < regex.length() ? regex.charAt(end + 1) : 0;
        if (after == '*' || after == '{' || after == '+') return Optional.empty();
        String body = regex.substring(from, end);
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c != '|' && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return Optional.empty();
        }
        List<String> words = List.of(body.split("\\|", -1));
        return words.contains("") ? Optional.empty() : Optional.of(words);
    }

    /**
     * The runs of CJK characters that every match of {@code regex} contains: characters outside
     * any group or character class, not followed by a quantifier, in a pattern without an
     * alternation at the top level. None when there is such an alternation.
     */
    static List<String> requiredLiterals(String regex) {
        if (alternatesAtTop(regex)) return List.of();
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            boolean literal = false;
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else {
                literal = depth == 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        && next != '?' && next != '*' && next != '{' && next != '+';
            }
            if (literal) {
                run.append(c);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) runs.add(run.toString());
        return List.copyOf(runs);
    }

    private static Phrasing of(String name, String regex, String unit) {
        return new Phrasing(name, Pattern.compile(regex), unit, "", "", Optional.empty());
    }

    private static Phrasing vetoed(String name, String regex, String unit, String veto) {
        return new Phrasing(name, Pattern.compile(regex), unit, "", "", Optional.of(Pattern.compile(veto)));
    }

    private static Phrasing about(String name, String within, String without, String regex, String unit) {
        return new Phrasing(name, Pattern.compile(regex), unit, within, without, Optional.empty());
    }

    /** A number as printed: grouping commas only in threes, so {@code 4,全部} is no number. */
    private static final String N = "(?<n>\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)";
    private static final String TOTAL = "(?:共计|总计|合计|累计|共有|共|为)?";
    private static final String ITEMS = N + "(?<u>条)";
    private static final String CASES = N + "(?<u>件|起)";
    /** Last year's figure or a comparison, in the clause before the number. */
    private static final String EARLIER = "上年(?!结转)|上一年|去年|同比|较上|比上|与上";
    /**
     * A part of the body the table counts: the clause's subject is one office or one tier
     * (区政府办代表区政府受理…, 县直各单位主动公开…, 本级…) and no whole area (全县, 全区).
     */
    private static final String PART = "^(?!.*全[省市县区州旗盟镇])(?:.*(?:本级|政府办|办公室|[省市县区]直|乡镇|街道))";
    /** A channel's share of the items: the clause names one channel ("以门户网站为主要载体" is all of them). */
    private static final String CHANNEL =
            "微信|微博|公众号|头条|抖音|客户端|新媒体|公报|报刊|电视|广播|网站(?!为主|等)|平台(?!等)|其中|" + EARLIER + "|" + PART;
    /** Another year's count, or a part's. */
    private static final String EARLIER_OR_PART = EARLIER + "|" + PART;

    /** Applications received, the start of the sentences that go on to say how they ended. */
    private static final String RECEIVED =
            "(?:收到|受理|新收|接收|接到)(?:各类)?[^。,;:\\d]{0,30}?(?:信息公开|依申请公开)申请" + TOTAL + N + "件";
    /** "None happened": the negation before the word, with nothing between that could carry another number. */
    private static final String NONE = "(?:未(?:发生|收到|出现|有|被)|没有)";
    private static final String ALL = ",(?:现|目前|并|且)?(?:已|均已|均|已全部|均已全部|全部)";

    /** The table, in the order figures are tried on each sentence; the first phrasing that reads a figure wins. */
    private static final List<Phrasing> PHRASINGS = List.of(
            vetoed("activeDisclosureItems", "主动公开(?:各类|各项)?(?:政府|政务)?信息" + TOTAL + ITEMS, "条", CHANNEL),
            vetoed(
                    "websiteItems",
                    "(?:官网|官方网站|门户网站|政府网站)(?:\\([^)]{0,10}\\))?(?:上|中)?(?:主动)?(?:发布|公开|更新)(?:各类)?(?:政府|政务)?信息" + TOTAL
                            + ITEMS,
                    "条",
                    EARLIER),
            vetoed("websiteItems", "政府网站主动公开的[^。,]{0,12}?(?:总量|总数)" + TOTAL + ITEMS, "条", EARLIER),
            vetoed("websiteItems", "通过(?:政府|门户)网站(?:主动)?公开(?:各类)?(?:政府)?信息" + TOTAL + ITEMS, "条", EARLIER),
            // "发布" on a new-media account counts posts, which the tables do not; only "公开信息" is taken
            vetoed(
                    "wechatItems",
                    "(?:微信公众号|微信公众平台|政务微信)(?:上)?(?:主动)?公开(?:各类)?(?:政府|政务)?信息" + TOTAL + ITEMS,
                    "条",
                    EARLIER),
            vetoed("policyInterpretations", "政策解读(?:信息|稿件|材料|文章)?(?:发布|公开)" + TOTAL + N + "(?<u>条|篇)", "条", EARLIER),
            vetoed(
                    "policyInterpretations",
                    "(?:发布|公开)(?:各类)?政策解读(?:信息|稿件|材料|文章)?" + TOTAL + N + "(?<u>条|篇)",
                    "条",
                    EARLIER),
            of("policyInterpretations", "其中(?:各类)?政策解读(?:信息|稿件|材料|文章)?" + TOTAL + N + "(?<u>条|篇)", "条"),
            vetoed(
                    "hotspotResponses",
                    "回应(?:公众|社会)?(?:关注)?(?:的)?热点(?:或|和|及)?(?:重大)?舆情" + TOTAL + N + "(?<u>次|条|件)",
                    "次",
                    EARLIER),
            vetoed("applicationsReceived", RECEIVED, "件", EARLIER_OR_PART),
            vetoed("applicationsReceived", "依申请公开(?:申请)?(?:数|数量)为" + N + "件", "件", EARLIER_OR_PART),
            vetoed("applicationsCompleted", RECEIVED + ALL + "?(?:依法)?(?:办结|办理完毕|处理完毕)", "件", EARLIER_OR_PART),
            vetoed("applicationsCompletedOnTime", RECEIVED + ALL + "?(?:按时|按期|在法定(?:时限|期限)内)办结", "件", EARLIER_OR_PART),
            vetoed(
                    "applicationsAnswered",
                    RECEIVED + ALL + "(?:在法定(?:时限|期限)内|按时|按期|及时)?(?:依法)?(?:予以|作出|进行)?答复",
                    "件",
                    EARLIER_OR_PART),
            of("answersAlreadyPublic", "属于(?:已)?主动公开范围的" + N + "件", "件"),
            of("answersGranted", "(?<!部分)(?<!不)同意公开(?:答复)?的" + N + "件", "件"),
            of("answersPartlyGranted", "同意部分公开(?:答复)?的" + N + "件", "件"),
            of("answersRefused", "不同意公开(?:答复)?的" + N + "件", "件"),
            of("answersNotThisAgency", N + "件不属于本(?:行政)?机关", "件"),
            of("answersNotExist", N + "件申请的信息不存在", "件"),
            of("answersChangeOrOtherChannel", N + "件告知作出更改或通过其他途径办理", "件"),

            // the count right by its name: safe even where the sentence speaks of both
            of("reconsiderationCases", "(?<!未|没有)(?:发生|收到|办理|被申请|提起)?行政复议(?:案件|申请)?" + TOTAL + CASES, "件"),
            about("reconsiderationCases", "行政复议", "行政诉讼", "(?:发生|收到|办理)了?" + CASES + "[^。,;]{0,20}?行政复议", "件"),
            of("reconsiderationCases", NONE + "[^。,;\\d]{0,20}?行政复议", "件"),
            about("reconsiderationUpheld", "行政复议", "行政诉讼", "维持具体行政行为数" + N + "件", "件"),
            about("reconsiderationCorrected", "行政复议", "行政诉讼", "被依法纠错数" + N + "件", "件"),
            about("reconsiderationOther", "行政复议", "行政诉讼", "其他情形数" + N + "件", "件"),
            of("litigationCases", "(?<!未|没有)(?:发生|收到|办理|被提起|提起)?行政诉讼(?:案件)?" + TOTAL + CASES, "件"),
            about("litigationCases", "行政诉讼", "行政复议", "(?:发生|收到|办理)了?" + CASES + "[^。,;]{0,20}?行政诉讼", "件"),
            of("litigationCases", NONE + "[^。,;\\d]{0,30}?行政诉讼", "件"),
            about("litigationUpheld", "行政诉讼", "行政复议", "维持具体行政行为(?:或者驳回原告诉讼请求)?数" + N + "件", "件"),
            about("litigationCorrected", "行政诉讼", "行政复议", "被依法纠错数" + N + "件", "件"),
            about("litigationOther", "行政诉讼", "行政复议", "其他情形数" + N + "件", "件"),
            of("dedicatedBodies", "(?:工作)?专门机构" + TOTAL + N + "(?<u>个)", "个"),
            of("readingRooms", "查阅(?:点|场所|室|中心)" + TOTAL + N + "(?<u>个|处)", "个"),
            // the staff total, not a full- or part-time share, nor trainees (人次)
            of("staff", "(?<![专兼]职)(?:信息公开|从事[^。,;\\d]{0,15}?)工作人员(?:有|共有|共|共计)?" + N + "(?<u>人)(?!次)", "人"),
            of("fullTimeStaff", "专职(?:工作)?人员" + TOTAL + N + "(?<u>人)(?!次)", "人"),
            of("partTimeStaff", "兼职(?:工作)?人员" + TOTAL + N + "(?<u>人)(?!次)", "人"),
            vetoed("meetings", "(?:工作会议|专题会议)" + TOTAL + N + "(?<u>次|场)", "次", EARLIER),
            vetoed("trainingSessions", "培训班" + TOTAL + N + "(?<u>次|期|场)", "次", EARLIER),
            vetoed("trainees", "共有" + N + "(?<u>人次|人)接受(?:了)?培训", "人", EARLIER),
            vetoed("trainees", "(?:培训|参训)(?:人员|干部|工作人员)?" + TOTAL + N + "(?<u>人次|人)", "人", EARLIER),
            vetoed("specialFunds", "专项(?:工作)?经费" + TOTAL + N + "(?<u>万元)", "万元", EARLIER));

    /**
     * Each phrasing's figure as a number (its first phrasing's index), so that a read marks its figure done in an
     * array.
     */
    private static final int[] FIGURE = figures();

    private static int[] figures() {
        int[] out = new int[PHRASINGS.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
            for (int j = 0; j < i; j++) {
                if (PHRASINGS.get(j).name().equals(PHRASINGS.get(i).name())) {
                    out[i] = j;
                    break;
                }
            }
        }
        return out;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:。!?]");
    /** What right after a figure makes it a share: 303条,占71.3%. */
    private static final Pattern SHARE = Pattern.compile(",?约?占[^,;。]{0,12}?\\d+(?:\\.\\d+)?%");

    /** The figures of the sentences, each from the first sentence that states it. */
    static List<NarrativeFigure> read(List<Sentence> sentences) {
        return read(sentences, () -> { });
    }

    /** As {@link #read(List)}, calling {@code checkTime} for each sentence. */
    static List<NarrativeFigure> read(List<Sentence> sentences, Runnable checkTime) {
        List<NarrativeFigure> figures = new ArrayList<>();
        boolean[] found = new boolean[PHRASINGS.size()];
        for (Sentence sentence : sentences) {
            checkTime.run();
            // ProseReader builds sentences of normalised lines
            String compact = sentence.spaceless() ? sentence.text() : Text.compactNormalized(sentence.text());
            boolean hasDigit = hasDigit(compact);
            Chars chars = Chars.of(compact);
            for (int i = 0; i < PHRASINGS.size(); i++) {
                Phrasing p = PHRASINGS.get(i);
                if (found[FIGURE[i]] || !p.applies(compact, chars, hasDigit)) continue;
                Optional<NarrativeFigure> figure = match(p, compact, sentence);
                if (figure.isEmpty()) continue;
                figures.add(figure.get());
                found[FIGURE[i]] = true;
            }
        }
        return figures;
    }

    /**
     * Whether {@code s} holds a digit that {@code \d} matches (ASCII: the patterns run without
     * UNICODE_CHARACTER_CLASS).
     */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static Optional<NarrativeFigure> match(Phrasing p, String compact, Sentence sentence) {
        Matcher m = p.pattern().matcher(compact);
        // every match holds its first literal within lead characters of its start, or starts with one of its start
        // words (applies() found them): only the places near those are tried
        if (p.lead() >= 0) return matchNear(p, List.of(p.literals().get(0)), p.lead(), m, compact, sentence);
        if (!p.starts().isEmpty()) return matchNear(p, p.starts(), 0, m, compact, sentence);
        return matchAnywhere(p, m, compact, sentence);
    }

    /**
     * Phrasing {@code i}'s figure in the compact text of a sentence as {@link #read} takes it, or, {@code
     * everyPlace}, as {@code find} finds it trying every place: the two must agree (a test holds them to it).
     */
    static Optional<NarrativeFigure> figureOf(int i, String compact, Sentence sentence, boolean everyPlace) {
        Phrasing p = PHRASINGS.get(i);
        return everyPlace ? matchAnywhere(p, p.pattern().matcher(compact), compact, sentence)
                : match(p, compact, sentence);
    }

    /** How many phrasings there are. */
    static int phrasings() {
        return PHRASINGS.size();
    }

    private static Optional<NarrativeFigure> matchAnywhere(Phrasing p, Matcher m, String compact, Sentence sentence) {
        while (m.find()) {
            Optional<NarrativeFigure> figure = figure(p, m, compact, sentence);
            if (figure.isPresent()) return figure;
        }
        return Optional.empty();
    }

    /**
     * The first match that {@link #figure} takes, as {@code find} would find it, trying only the places at most
     * {@code lead} characters before a place of one of {@code anchors} (where every match of the phrasing starts):
     * in order, and after a match not taken from its end on, as {@code find} goes on. {@code find} tries every place
     * of a sentence of hundreds of characters; {@code indexOf} skips to the few that can start a match.
     */
    private static Optional<NarrativeFigure> matchNear(
            Phrasing p, List<String> anchors, int lead, Matcher m, String compact, Sentence sentence) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        // each anchor's first place at or after from, as last looked up (-1: none left; below from: to look up)
        int[] next = new int[anchors.size()];
        Arrays.fill(next, -2);
        int from = 0;
        while (true) {
            int anchor = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] != -1 && next[k] < from) next[k] = compact.indexOf(anchors.get(k), from);
                if (next[k] >= 0 && (anchor < 0 || next[k] < anchor)) anchor = next[k];
            }
            if (anchor < 0) return Optional.empty();
            int start = Math.max(from, anchor - lead);
            while (start <= anchor && !m.region(start, compact.length()).lookingAt()) start++;
            if (start > anchor) {
                from = anchor + 1;
                continue;
            }
            Optional<NarrativeFigure> figure = figure(p, m, compact, sentence);
            if (figure.isPresent()) return figure;
            from = Math.max(m.end(), start + 1);
        }
    }

    /** The figure of match {@code m}, unless its clause vetoes it or it is a share (303条,占71.3%). */
    private static Optional<NarrativeFigure> figure(Phrasing p, Matcher m, String compact, Sentence sentence) {
        if (p.veto().isPresent() && p.veto().get().matcher(clauseBefore(compact, m.start())).find()) {
            return Optional.empty();
        }
        if (SHARE.matcher(compact).region(m.end(), compact.length()).lookingAt()) return Optional.empty();
        BigDecimal value = p.hasValue() ? new BigDecimal(m.group("n").replace(",", "")) : BigDecimal.ZERO;
        String unit = p.hasUnit() && m.group("u") != null ? m.group("u") : p.unit();
        return Optional.of(new NarrativeFigure(
                p.name(), value, Optional.of(unit), Text.strip(sentence.text()), sentence.provenance()));
    }

    /**
     * The clause the match starts in, up to the match; inside brackets, from the bracket on, so
     * that the opening of (其中机构职能类信息25条,…,其他信息856条) governs each figure in it.
     */
    private static String clauseBefore(String compact, int start) {
        int from = 0;
        Matcher end = CLAUSE_END.matcher(compact);
        while (end.find() && end.end() <= start) from = end.end();
        int open = -1;
        int depth = 0;
        for (int i = 0; i < start; i++) {
            char c = compact.charAt(i);
            if (c == '(') {
                if (depth++ == 0) open = i;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return compact.substring(depth > 0 ? Math.min(open, from) : from, start);
    }
}
