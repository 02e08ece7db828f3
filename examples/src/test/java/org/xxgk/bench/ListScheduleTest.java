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
