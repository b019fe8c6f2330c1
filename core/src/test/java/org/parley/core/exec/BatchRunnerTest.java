package org.parley.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    @Test
    void results_come_back_in_task_order() {
        try (BatchRunner r = BatchRunner.parallel(3)) {
            assertThat(r.run(100, k -> k * k)).hasSize(100).element(37).isEqualTo(37 * 37);
            assertThat(r.threads()).isEqualTo(3);
        }
    }

    @Test
    void seeded_results_do_not_depend_on_the_number_of_threads() {
        java.util.function.LongFunction<java.util.function.IntFunction<Double>> task = seed -> k -> {
            java.util.SplittableRandom random = TaskRandom.of(seed, k);
            double s = 0;
            for (int i = 0; i < 1000; i++) {
                s += random.nextDouble();
            }
            return s + k;
        };
        List<Double> one = BatchRunner.sequential().run(64, task.apply(42));
        for (int threads : new int[] {2, 4, 7}) {
            try (BatchRunner r = BatchRunner.parallel(threads)) {
                assertThat(r.run(64, task.apply(42))).isEqualTo(one);
            }
        }
        assertThat(BatchRunner.sequential().run(64, task.apply(43))).isNotEqualTo(one);
    }

    @Test
    void task_streams_differ_between_tasks_and_seeds() {
        long a = TaskRandom.of(1, 0).nextLong();
        assertThat(TaskRandom.of(1, 1).nextLong()).isNotEqualTo(a);
        assertThat(TaskRandom.of(2, 0).nextLong()).isNotEqualTo(a);
        assertThat(TaskRandom.of(1, 0).nextLong()).isEqualTo(a);
    }

    @Test
    void an_empty_batch_gives_an_empty_list_and_one_thread_is_sequential() {
        try (BatchRunner r = BatchRunner.parallel(2)) {
            assertThat(r.run(0, k -> k)).isEmpty();
        }
        assertThat(BatchRunner.parallel(1)).isSameAs(BatchRunner.sequential());
        assertThatThrownBy(() -> BatchRunner.parallel(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_failing_task_fails_the_batch() {
        try (BatchRunner r = BatchRunner.parallel(2)) {
            assertThatThrownBy(() -> r.run(10, k -> {
                if (k == 7) {
                    throw new IllegalStateException("task 7");
                }
                return k;
            })).hasMessageContaining("task 7");
        }
    }
}
