package org.xxgk.bench;

/** Jobs handed out in their order, each to the first thread free, as {@code BatchRunner} does. */
final class ListSchedule {

    private ListSchedule() {}

    /**
     * How many times as fast {@code threads} threads finish jobs of these durations as one thread does, handing them
     * out in this order: the total over the time the busiest thread ends.
     */
    static double speedUp(double[] durations, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        double[] ends = new double[threads];
        double total = 0;
        for (double d : durations) {
            if (!(d >= 0)) throw new IllegalArgumentException("a duration must not be negative: " + d);
            int first = 0;
            for (int t = 1; t < threads; t++) if (ends[t] < ends[first]) first = t;
            ends[first] += d;
            total += d;
        }
        double last = 0;
        for (double end : ends) last = Math.max(last, end);
        return last == 0 ? 1 : total / last;
    }
}
