package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The search for near-identical texts: one pair a text, naming the earliest it copies. */
class NearDuplicatesTest {

    private static final double THRESHOLD = CrossReportRules.DUPLICATE_THRESHOLD;

    @Test
    void aClusterOfCopiesGivesEachCopyOnePairNamingTheFirst() {
        Random random = new Random(7);
        String text = randomText(random, 300);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) texts.add(i % 50 == 49 ? randomText(random, 300) : text);
        int[] groups = new int[texts.size()];
        Arrays.setAll(groups, i -> i);

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, buckets(texts), groups, THRESHOLD, i -> true);

        // 490 copies: 489 pairs (not 489 * 490 / 2), each naming the first copy
        assertThat(pairs).hasSize(489).allSatisfy(p -> {
            assertThat(p.first()).isZero();
            assertThat(p.similarity()).isEqualTo(1.0);
        });
        assertThat(pairs).extracting(NearDuplicates.Pair::second)
                .containsExactlyElementsOf(IntStream.range(1, 500).filter(i -> i % 50 != 49).boxed().toList());
    }

    @Test
    void copiesOfTheTextsOwnGroupArePassedOver() {
        Random random = new Random(11);
        String text = randomText(random, 200);
        List<String> texts = new ArrayList<>();
        int[] groups = new int[402];
        for (int i = 0; i < groups.length; i++) {
            texts.add(text);
            groups[i] = i == 300 ? 2 : i == 401 ? 3 : 1;
        }

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, buckets(texts), groups, THRESHOLD, i -> true);

        // group 1's copies are one report read many times: none names another; 300 names the first of
        // group 1, the later copies of group 1 name 300, and 401 names the very first
        List<int[]> expected = new ArrayList<>();
        expected.add(new int[] {0, 300});
        for (int i = 301; i < 401; i++) expected.add(new int[] {300, i});
        expected.add(new int[] {0, 401});
        assertThat(pairs).extracting(p -> new int[] {p.first(), p.second()})
                .usingElementComparator(Arrays::compare)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void eachTextNamesTheEarliestSimilarTextOfAnotherGroupThatSharesABucketWithIt() {
        Random random = new Random(2026);
        int compared = 0;
        int named = 0;
        int passedOver = 0;
        for (int round = 0; round < 40; round++) {
            // families of texts, each a few characters away from an earlier one of its family, so that
            // similarity runs on both sides of the threshold and is not transitive
            List<String> texts = new ArrayList<>();
            List<List<Integer>> families = new ArrayList<>();
            int size = 30 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                if (families.isEmpty() || random.nextInt(5) == 0) {
                    families.add(new ArrayList<>(List.of(i)));
                    texts.add(random.nextInt(10) == 0 ? randomText(random, 30) : randomText(random, 150));
                } else {
                    List<Integer> family = families.get(random.nextInt(families.size()));
                    String parent = texts.get(family.get(random.nextInt(family.size())));
                    texts.add(changed(random, parent, random.nextInt(5)));
                    family.add(i);
                }
            }
            int[] groups = new int[size];
            Arrays.setAll(groups, i -> random.nextInt(4));
            IntPredicate owner = random.nextBoolean() ? i -> true : i -> i % 3 != 0;
            List<long[]> buckets = buckets(texts);

            List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, buckets, groups, THRESHOLD, owner);

            List<NearDuplicates.Pair> expected = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (!owner.test(i)) continue;
                for (int j = 0; j < i; j++) {
                    if (groups[j] == groups[i] || !shareABucket(buckets.get(i), buckets.get(j))) continue;
                    compared++;
                    double similarity = jaccard(texts.get(j), texts.get(i));
                    if (similarity >= THRESHOLD) {
                        expected.add(new NearDuplicates.Pair(j, i, similarity));
                        break;
                    }
                    passedOver++;
                }
            }
            named += expected.size();
            assertThat(pairs).as("round %d", round).isEqualTo(expected);
        }
        // the cases reach every branch: texts named, and similar-looking ones passed over before them
        assertThat(named).isGreaterThan(300);
        assertThat(passedOver).isGreaterThan(50);
        assertThat(compared).isGreaterThan(named + passedOver - 1);
    }

    @Test
    void theSimilarityIsJaccardsWhereItReachesTheThresholdAndBelowItElsewhere() {
        Random random = new Random(99);
        int reached = 0;
        int missed = 0;
        for (int round = 0; round < 20_000; round++) {
            // two texts a few changes apart, of lengths apart too at times, some repeating themselves
            int alphabet = random.nextInt(4) == 0 ? 4 : 3000;
            String a = randomText(random, random.nextInt(4) == 0 ? random.nextInt(12) : 20 + random.nextInt(300),
                    alphabet);
            String b = random.nextInt(3) == 0
                    ? randomText(random, random.nextInt(300), alphabet)
                    : changed(random, a, random.nextInt(1 + a.length() / 8));
            if (random.nextBoolean() && !b.isEmpty()) b = b.substring(random.nextInt(b.length()));
            double threshold = random.nextInt(3) == 0 ? random.nextDouble() : THRESHOLD;
            double exact = a.length() < NearDuplicates.SHINGLE && b.length() < NearDuplicates.SHINGLE
                    ? 1.0 : jaccard(a, b);

            double similarity = NearDuplicates.Shingles.of(a).similarity(NearDuplicates.Shingles.of(b), threshold);

            if (exact >= threshold) {
                assertThat(similarity).as("%s / %s at %s", a, b, threshold).isEqualTo(exact);
                reached++;
            } else {
                assertThat(similarity).as("%s / %s at %s", a, b, threshold).isLessThan(threshold);
                missed++;
            }
        }
        assertThat(reached).isGreaterThan(2_000);
        assertThat(missed).isGreaterThan(2_000);
    }

    @Test
    void aTextsShinglesAreItsDistinctFiveCharacterRunsSorted() {
        NearDuplicates.Shingles shingles = NearDuplicates.Shingles.of("甲乙丙丁戊甲乙丙丁戊甲");
        // 甲乙丙丁戊, 乙丙丁戊甲, 丙丁戊甲乙, 丁戊甲乙丙, 戊甲乙丙丁, then 甲乙丙丁戊 and 乙丙丁戊甲 again
        assertThat(shingles.hashes()).hasSize(5).isSorted();
        assertThat(Arrays.stream(shingles.bits()).map(Long::bitCount).sum()).isBetween(1L, 5L);
        assertThat(NearDuplicates.Shingles.of("甲乙丙丁").hashes()).isEmpty();
        assertThat(NearDuplicates.Shingles.of("𠀀𠀁𠀂𠀃𠀄").hashes()).hasSize(1); // code points, not chars
    }

    private static List<long[]> buckets(List<String> texts) {
        return texts.stream().map(NearDuplicates::buckets).toList();
    }

    private static boolean shareABucket(long[] a, long[] b) {
        for (long x : a) for (long y : b) if (x == y) return true;
        return false;
    }

    /** The Jaccard similarity of two texts' sets of 5-character shingles, written out plainly. */
    private static double jaccard(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    private static Set<String> shingles(String text) {
        Set<String> set = new HashSet<>();
        for (int i = 0; i + NearDuplicates.SHINGLE <= text.length(); i++) {
            set.add(text.substring(i, i + NearDuplicates.SHINGLE));
        }
        return set;
    }

    private static String randomText(Random random, int length) {
        return randomText(random, length, 3000);
    }

    private static String randomText(Random random, int length, int alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) text.append((char) ('\u4e00' + random.nextInt(alphabet)));
        return text.toString();
    }

    private static String changed(Random random, String text, int changes) {
        StringBuilder copy = new StringBuilder(text);
        for (int k = 0; k < changes; k++) {
            copy.setCharAt(random.nextInt(copy.length()), (char) ('\u4e00' + random.nextInt(3000)));
        }
        return copy.toString();
    }
}
