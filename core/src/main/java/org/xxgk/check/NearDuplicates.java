package org.xxgk.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds, for each of many texts, the earliest near-identical one before it, without comparing every
 * pair: character 5-gram shingles, MinHash signatures cut into LSH bands, and an exact Jaccard
 * check of the texts that share a band. With 16 bands of 4 rows a pair at Jaccard 0.9 shares a band
 * with probability above 0.999 999, one at 0.3 with about 0.12, so few unrelated pairs reach the
 * exact check; look-alike texts (one template filled in) reach it by the thousand, and
 * {@link Shingles#similarity} turns most of those away in a few steps.
 */
final class NearDuplicates {

    /** Two texts, by index, and their shingle Jaccard similarity. */
    record Pair(int first, int second, double similarity) {}

    static final int SHINGLE = 5;
    /** Shorter normalised texts (a bare 无, one stock sentence) say too little to call a copy. */
    static final int MIN_LENGTH = 40;
    private static final int BANDS = 16;
    private static final int ROWS = 4;
    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SEEDS.length; i++) SEEDS[i] = seed = mix(seed + i);
    }

    private static final Pattern NOT_CONTENT = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NearDuplicates() {}

    /**
     * The text as compared: NFKC, without spaces and punctuation, every number as 0 (a report copied
     * from last year's differs in its years and counts, not in its words).
     */
    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return DIGITS.matcher(NOT_CONTENT.matcher(nfkc).replaceAll("")).replaceAll("0");
    }

    /**
     * The LSH buckets of a normalised text, one 64-bit key per band: two texts that share one are
     * candidates for the exact check. None for a text shorter than {@link #MIN_LENGTH}. The keys are
     * the same on every run and machine, so that a distributed job can group texts by them.
     */
    static long[] buckets(String text) {
        if (text.length() < MIN_LENGTH) return new long[0];
        long[] set = Shingles.of(text).hashes();
        if (set.length == 0) return new long[0];
        long[] signature = signature(set);
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = mix(band + 1L);
            for (int row = band * ROWS; row < band * ROWS + ROWS; row++) key = mix(key ^ signature[row]);
            keys[band] = key;
        }
        return keys;
    }

    /**
     * For each text that {@code owner} accepts, the earliest text before it (by index) of another of
     * the {@code groups} that shares a bucket with it ({@link #buckets}, given for each text) and has
     * similarity ≥ {@code threshold}: at most one pair a text, as (that earlier text, the text), in
     * index order of the second. A text copied by many others is named by each of them, once, and
     * a cluster of k copies gives k - 1 pairs, not k²/2: a folder's output stays linear in its
     * reports. Members of the text's own group are skipped a run at a time, and candidates are met
     * in index order, so the search stops at the first that is similar enough.
     */
    static List<Pair> find(List<String> texts, List<long[]> buckets, int[] groups, double threshold,
                           IntPredicate owner) {
        Map<Long, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int band = 0; band < buckets.get(i).length; band++) {
                // the band index is in the key already; a band's key never meets another band's
                members.computeIfAbsent(buckets.get(i)[band], k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Bucket> byKey = new HashMap<>();
        members.forEach((key, list) -> byKey.put(key, Bucket.of(list, groups)));
        Shingles[] shingles = new Shingles[texts.size()]; // made when a text is first compared
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] keys = buckets.get(i);
            if (keys.length == 0 || !owner.test(i)) continue;
            Bucket[] own = new Bucket[keys.length];
            for (int band = 0; band < keys.length; band++) own[band] = byKey.get(keys[band]);
            int[] at = new int[keys.length];
            for (int first = next(own, at, i, groups); first >= 0; first = next(own, at, i, groups)) {
                if (shingles[first] == null) shingles[first] = Shingles.of(texts.get(first));
                if (shingles[i] == null) shingles[i] = Shingles.of(texts.get(i));
                double similarity = shingles[first].similarity(shingles[i], threshold);
                if (similarity >= threshold) {
                    pairs.add(new Pair(first, i, similarity));
                    break;
                }
                for (int band = 0; band < own.length; band++) {
                    if (at[band] < own[band].members.length && own[band].members[at[band]] == first) at[band]++;
                }
            }
        }
        return pairs;
    }

    /**
     * The least index before {@code text}, of another group, at which the bands' positions
     * {@code at} stand (each moved past the text's own group first), or -1 when none is left.
     */
    private static int next(Bucket[] own, int[] at, int text, int[] groups) {
        int least = -1;
        for (int band = 0; band < own.length; band++) {
            int[] list = own[band].members;
            int p = at[band];
            while (p < list.length && list[p] < text && groups[list[p]] == groups[text]) p = own[band].nextOther[p];
            at[band] = p;
            if (p < list.length && list[p] < text && (least < 0 || list[p] < least)) least = list[p];
        }
        return least;
    }

    /**
     * A bucket's members in index order, and for each position the next one whose member is of
     * another group than that position's, so that a run of one group's copies is passed in a step.
     */
    private record Bucket(int[] members, int[] nextOther) {
        static Bucket of(List<Integer> list, int[] groups) {
            int[] members = list.stream().mapToInt(Integer::intValue).toArray();
            int[] nextOther = new int[members.length];
            for (int p = members.length - 1; p >= 0; p--) {
                boolean sameAsNext = p + 1 < members.length && groups[members[p + 1]] == groups[members[p]];
                nextOther[p] = sameAsNext ? nextOther[p + 1] : p + 1;
            }
            return new Bucket(members, nextOther);
        }
    }

    /** {@link #find(List, List, int[], double, IntPredicate)}, every text a group of its own, buckets computed here. */
    static List<Pair> find(List<String> texts, double threshold) {
        int[] groups = new int[texts.size()];
        Arrays.setAll(groups, i -> i);
        return find(texts, texts.stream().map(NearDuplicates::buckets).toList(), groups, threshold, i -> true);
    }

    /**
     * A text's shingles: the FNV-1a hashes of its 5-code-point shingles, sorted, each once, and a
     * bitmap of them (a bit a shingle) that bounds how many two texts can share.
     */
    record Shingles(long[] hashes, long[] bits) {

        private static final int BITMAP_LONGS = 64; // 4,096 bits: few collisions for a section's shingles

        static Shingles of(String text) {
            int[] cps = text.codePoints().toArray();
            long[] hashes = new long[Math.max(0, cps.length - SHINGLE + 1)];
            for (int i = 0; i < hashes.length; i++) {
                long h = 0xcbf29ce484222325L; // FNV-1a, fixed so signatures are the same on every run
                for (int j = i; j < i + SHINGLE; j++) {
                    h ^= cps[j];
                    h *= 0x100000001b3L;
                }
                hashes[i] = h;
            }
            Arrays.sort(hashes);
            int distinct = 0;
            long[] bits = new long[BITMAP_LONGS];
            for (int i = 0; i < hashes.length; i++) {
                if (i > 0 && hashes[i] == hashes[i - 1]) continue;
                hashes[distinct++] = hashes[i];
                int bit = (int) (mix(hashes[i]) >>> 52); // 12 bits: 0..4095
                bits[bit >>> 6] |= 1L << bit;
            }
            return new Shingles(Arrays.copyOf(hashes, distinct), bits);
        }

        /**
         * The Jaccard similarity of the two sets where it is at least {@code threshold}, else a value
         * below it. Look-alike texts (township reports filling in one template) share buckets by the
         * thousand while few are similar enough, so the exact count is the last of three tests: the
         * sizes, then the bitmaps (a bit set in one only stands for a shingle the other lacks: their
         * differing bits are a lower bound of the shingles not shared), then a merge that stops once
         * the shingles left could no longer bring the similarity up to the threshold.
         */
        double similarity(Shingles other, double threshold) {
            long[] a = hashes;
            long[] b = other.hashes;
            if (a.length == 0 && b.length == 0) return 1.0;
            int need = commonNeeded(a.length, b.length, threshold);
            int fewer = Math.min(a.length, b.length);
            if (fewer < need) return jaccard(fewer, a.length, b.length);
            int apart = 0;
            for (int k = 0; k < BITMAP_LONGS; k++) apart += Long.bitCount(bits[k] ^ other.bits[k]);
            int most = (a.length + b.length - apart) / 2;
            if (most < need) return jaccard(most, a.length, b.length);
            int i = 0;
            int j = 0;
            int common = 0;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    common++;
                    i++;
                    j++;
                } else {
                    if (a[i] < b[j]) i++;
                    else j++;
                    // the most it can still come to: every shingle left on the shorter side matched
                    most = common + Math.min(a.length - i, b.length - j);
                    if (most < need) return jaccard(most, a.length, b.length);
                }
            }
            return jaccard(common, a.length, b.length);
        }
    }

    /**
     * The fewest shingles in common with which sets of {@code a} and {@code b} reach {@code threshold}
     * ({@link #jaccard(int, int, int)} as computed, so that the tests on the way and the final value
     * agree); more than the smaller set holds where no count does.
     */
    private static int commonNeeded(int a, int b, double threshold) {
        int most = Math.min(a, b);
        int c = Math.max(0, (int) Math.ceil(threshold * (a + b) / (1 + threshold)) - 1);
        while (c <= most && jaccard(c, a, b) < threshold) c++;
        while (c > 0 && jaccard(c - 1, a, b) >= threshold) c--;
        return c;
    }

    /** Jaccard of two sets of {@code a} and {@code b} members with {@code common} in common: rises with it. */
    private static double jaccard(int common, int a, int b) {
        return (double) common / (a + b - common);
    }

    private static long[] signature(long[] shingles) {
        long[] min = new long[SEEDS.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SEEDS.length; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < min[i]) min[i] = h;
            }
        }
        return min;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
