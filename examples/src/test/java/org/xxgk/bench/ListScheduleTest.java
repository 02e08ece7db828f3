package org.xxgk.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ListScheduleTest {

    @Test
    void equal_jobs_in_pairs_are_twice_as_fast_on_two_threads() {
        assertThat(ListSchedule.speedUp(new double[] {3, 3, 3, 3}, 2)).isEqualTo(2.0);
        assertThat(ListSchedule.speedUp(new double[] {3, 3, 3}, 2)).isEqualTo(1.5);
    }

    @Test
    void a_large_job_last_leaves_one_thread_alone_and_first_it_does_not() {
        // 1 | 1, then 8 on the first thread free: 1 + 8 = 9 for 10 of work
        assertThat(ListSchedule.speedUp(new double[] {1, 1, 8}, 2)).isCloseTo(10.0 / 9, within(1e-12));
        // 8 | 1, 1: the small ones fill the other thread
        assertThat(ListSchedule.speedUp(new double[] {8, 1, 1}, 2)).isCloseTo(10.0 / 8, within(1e-12));
    }

    @Test
    void each_job_goes_to_the_thread_free_first() {
        // 5 | 2, then 2 to the second (free at 2), then 4 to the second (free at 4): ends 5 and 8
        assertThat(ListSchedule.speedUp(new double[] {5, 2, 2, 4}, 2)).isCloseTo(13.0 / 8, within(1e-12));
        assertThat(ListSchedule.speedUp(new double[] {5, 2, 2, 4}, 1)).isEqualTo(1.0);
        assertThat(ListSchedule.speedUp(new double[] {5, 2, 2, 4}, 4)).isCloseTo(13.0 / 5, within(1e-12));
    }

    @Test
    void of_the_jobs_started_ahead_the_heaviest_is_taken_first() {
        double[] durations = {1, 1, 8};
        long[] weights = {1, 1, 8};
        // all three started ahead: 8 first, the two small ones on the other thread
        assertThat(ListSchedule.speedUp(durations, weights, 2, 4)).isCloseTo(10.0 / 8, within(1e-12));
        // two started ahead: 0 and 1, and 2 joins only when one of them is done, so it is taken last
        assertThat(ListSchedule.speedUp(durations, weights, 2, 2)).isCloseTo(10.0 / 9, within(1e-12));
        // equal weights: in order, as speedUp(durations, threads)
        assertThat(ListSchedule.speedUp(new double[] {5, 2, 2, 4}, new long[4], 2, 2))
                .isCloseTo(13.0 / 8, within(1e-12));
        // a job that joins when its predecessor's thread has already taken its next one waits for a thread
        // (ahead 1, one thread: 2 | then 1 | then 3, one after another)
        assertThat(ListSchedule.speedUp(new double[] {2, 1, 3}, new long[] {0, 0, 9}, 1, 1)).isEqualTo(1.0);
        assertThatThrownBy(() -> ListSchedule.speedUp(durations, new long[2], 2, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListSchedule.speedUp(durations, weights, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_to_do_is_no_gain_and_bad_input_is_refused() {
        assertThat(ListSchedule.speedUp(new double[0], 2)).isEqualTo(1.0);
        assertThatThrownBy(() -> ListSchedule.speedUp(new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListSchedule.speedUp(new double[] {-1}, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListSchedule.speedUp(new double[] {Double.NaN}, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
