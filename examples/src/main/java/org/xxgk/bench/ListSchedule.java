package org.xxgk.bench;

import java.util.Comparator;
import java.util.PriorityQueue;

/** Jobs handed out as {@code BatchRunner} hands them out, each to the first thread free. */
final class ListSchedule {

    private ListSchedule() {}

    /**
     * How many times as fast {@code threads} threads finish jobs of these durations as one thread does, handing them
     * out in this order: the total over the time the busiest thread ends.
     */
    static double speedUp(double[] durations, int threads) {
        // equal weights: of the jobs started ahead the first in order is taken, whatever their number
        return speedUp(durations, new long[durations.length], threads, Math.max(1, durations.length));
    }

    /**
     * The same, with the jobs started {@code ahead} at most beyond those finished (in order) and a free thread taking
     * the heaviest of them by {@code weights}, ties in order. A finished job's successor joins after its thread has
     * taken its next one, as the runner's thread takes its next job before the results are read.
     */
    static double speedUp(double[] durations, long[] weights, int threads, int ahead) {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        if (ahead < 1) throw new IllegalArgumentException("ahead must be positive: " + ahead);
        if (weights.length != durations.length) throw new IllegalArgumentException("a weight for each duration");
        double total = 0;
        for (double d : durations) {
            if (!(d >= 0)) throw new IllegalArgumentException("a duration must not be negative: " + d);
            total += d;
        }
        Comparator<Integer> heaviest = Comparator.comparingLong((Integer job) -> weights[job]).reversed();
        PriorityQueue<Integer> started = new PriorityQueue<>(heaviest.thenComparing(Comparator.naturalOrder()));
        PriorityQueue<Double> joins = new PriorityQueue<>(); // when the next job in order is started
        int next = 0;
        while (next < Math.min(durations.length, ahead)) started.add(next++);
        double[] free = new double[threads];
        double last = 0;
        for (int taken = 0; taken < durations.length; taken++) {
            int thread = 0;
            for (int t = 1; t < threads; t++) if (free[t] < free[thread]) thread = t;
            double now = free[thread];
            while (next < durations.length && !joins.isEmpty() && joins.peek() < now) {
                joins.poll();
                started.add(next++);
            }
            if (started.isEmpty()) {
                now = joins.poll(); // waits for the next to be started
                started.add(next++);
            }
            int job = started.poll();
            free[thread] = now + durations[job];
            joins.add(free[thread]);
            last = Math.max(last, free[thread]);
        }
        return last == 0 ? 1 : total / last;
    }
}
