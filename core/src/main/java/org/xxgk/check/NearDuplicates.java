package org.xxgk.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds near-identical texts among many without comparing every pair: character 5-gram shingles,
 * MinHash signatures cut into LSH bands, and an exact Jaccard check of the pairs that share a
 * band. With 16 bands of 4 rows a pair at Jaccard 0.9 shares a band with probability above
 * 0.999 999, one at 0.3 with about 0.12, so few pairs reach the exact check.
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
        Set<Long> set = shingles(text);
        if (set.isEmpty()) return new long[0];
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
     * The pairs (first &lt; second) of normalised texts with similarity ≥ {@code threshold} that share
     * a bucket ({@link #buckets}, given for each text), in index order. Only texts of different
     * {@code groups} are compared, and only pairs whose second text {@code owner} accepts. Texts of
     * one group that share a bucket cost no comparison at all, so that many copies of one text keep
     * the search linear in the number of texts.
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
        TreeSet<Long> candidates = new TreeSet<>();
        for (List<Integer> bucket : members.values()) {
            if (bucket.stream().mapToInt(i -> groups[i]).distinct().limit(2).count() < 2) continue;
            // the members by group: only pairs across two groups are candidates
            Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
            for (int i : bucket) byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
            List<List<Integer>> runs = new ArrayList<>(byGroup.values());
            for (int r = 0; r < runs.size(); r++) {
                for (int q = r + 1; q < runs.size(); q++) {
                    for (int a : runs.get(r)) {
                        for (int b : runs.get(q)) {
                            int first = Math.min(a, b);
                            int later = Math.max(a, b);
                            if (owner.test(later)) candidates.add(((long) first << 32) | later);
                        }
                    }
                }
            }
        }
        Map<Integer, Set<Long>> shingles = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (long candidate : candidates) {
            int first = (int) (candidate >>> 32);
            int later = (int) candidate;
            double similarity = jaccard(shingles.computeIfAbsent(first, i -> shingles(texts.get(i))),
                    shingles.computeIfAbsent(later, i -> shingles(texts.get(i))));
            if (similarity >= threshold) pairs.add(new Pair(first, later, similarity));
        }
        return pairs;
    }

    /** {@link #find(List, List, int[], double, IntPredicate)} over every pair, buckets computed here. */
    static List<Pair> find(List<String> texts, double threshold) {
        int[] groups = new int[texts.size()];
        Arrays.setAll(groups, i -> i);
        return find(texts, texts.stream().map(NearDuplicates::buckets).toList(), groups, threshold, i -> true);
    }

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) return 1.0;
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long s : small) if (large.contains(s)) common++;
        return (double) common / (a.size() + b.size() - common);
    }

    private static Set<Long> shingles(String text) {
        Set<Long> set = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        if (cps.length < SHINGLE) return set;
        for (int i = 0; i + SHINGLE <= cps.length; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a, fixed so signatures are the same on every run
            for (int j = i; j < i + SHINGLE; j++) {
                h ^= cps[j];
                h *= 0x100000001b3L;
            }
            set.add(h);
        }
        return set;
    }

    private static long[] signature(Set<Long> shingles) {
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
