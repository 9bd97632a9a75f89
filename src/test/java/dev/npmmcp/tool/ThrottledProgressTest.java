package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottledProgressTest {

    private final List<Long> sent = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final Progress progress = new ThrottledProgress((done, total, message) -> sent.add(done), nanos::get);

    @Test
    void shouldSendAboutEveryPercentAndAlwaysTheLast() {
        for (long done = 1; done <= 1_000; done++) {
            progress.report(done, 1_000, "step");
        }

        assertThat(sent).hasSizeBetween(100, 101).isSorted().doesNotHaveDuplicates();
        assertThat(sent.getLast()).isEqualTo(1_000L);
    }

    @Test
    void shouldSendEveryStepOfAShortTask() {
        for (long done = 1; done <= 5; done++) {
            progress.report(done, 5, "step");
        }

        assertThat(sent).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void shouldSendASmallStepAfterASilence() {
        progress.report(1, 10_000, "first");
        progress.report(2, 10_000, "too soon");
        nanos.addAndGet(150_000_000);
        progress.report(3, 10_000, "after 150 ms");

        assertThat(sent).containsExactly(1L, 3L);
    }

    @Test
    void shouldDropReportsThatArriveLate() {
        progress.report(5, 5, "last");
        progress.report(4, 5, "a slow thread's");

        assertThat(sent).containsExactly(5L);
    }
}
