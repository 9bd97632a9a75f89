package dev.npmmcp.bulk.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static ItemOutcome planned(int i) {
        return ItemOutcome.of(ResourceType.PROXY_HOST, "host-" + i, Optional.of(i), Action.ENABLE, Status.PLANNED);
    }

    private static Batches.Task task(int i, Runnable work) {
        return new Batches.Task(planned(i), () -> {
            work.run();
            return planned(i).withStatus(Status.DONE);
        });
    }

    @Test
    void shouldNeverHaveMoreThanTheWindowInFlightAndKeepTheInputOrder() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Batches.Task> tasks = IntStream.range(0, 200).mapToObj(i -> task(i, () -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            // later tasks finish sooner, so completion order differs from input order
            sleepMillis(i % 7 == 0 ? 3 : 0);
            inFlight.decrementAndGet();
        })).toList();

        List<ItemOutcome> outcomes = new Batches(5, true).run(tasks);

        assertThat(most.get()).isBetween(1, 5);
        assertThat(outcomes).extracting(ItemOutcome::name)
                .containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "host-" + i).toList());
        assertThat(outcomes).allMatch(o -> o.status() == Status.DONE);
    }

    @Test
    void shouldStartTheNextWriteWhenAnyEndsNotWhenTheWholeBatchHas() throws InterruptedException {
        // task 0 can only end once task 2 has run: fixed batches of 2 would wait for task 0 before starting task 2
        CountDownLatch thirdStarted = new CountDownLatch(1);
        List<Boolean> firstSawThird = Collections.synchronizedList(new ArrayList<>());
        List<Batches.Task> tasks = List.of(
                task(0, () -> firstSawThird.add(await(thirdStarted))),
                task(1, () -> {}),
                task(2, thirdStarted::countDown));

        List<ItemOutcome> outcomes = new Batches(2, true).run(tasks);

        assertThat(firstSawThird).containsExactly(true);
        assertThat(outcomes).extracting(ItemOutcome::status).containsOnly(Status.DONE);
    }

    @Test
    void shouldStopAtTheFirstFailureAndReportTheRestAsNotAttempted() {
        List<Batches.Task> tasks = IntStream.range(0, 6).mapToObj(i -> i == 2
                ? new Batches.Task(planned(i), failing("NPM said no"))
                : task(i, () -> {})).toList();
        List<long[]> reports = Collections.synchronizedList(new ArrayList<>());

        Batches batches = new Batches(1, false).reporting((done, total, message) -> reports.add(
                new long[] {done, total}), 6, "Enabled ");
        List<ItemOutcome> outcomes = batches.run(tasks);

        assertThat(outcomes).extracting(ItemOutcome::status).containsExactly(Status.DONE, Status.DONE, Status.FAILED,
                Status.NOT_ATTEMPTED, Status.NOT_ATTEMPTED, Status.NOT_ATTEMPTED);
        assertThat(outcomes.get(2).error()).contains("NPM said no");
        assertThat(batches.stopped()).isTrue();
        assertThat(reports).extracting(r -> r[0]).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(reports).extracting(r -> r[1]).containsOnly(6L);
    }

    @Test
    void shouldStartNothingAfterAFailureInTheWindowButKeepWhatWasInFlight() {
        CountDownLatch failed = new CountDownLatch(1);
        Batches batches = new Batches(2, false);
        List<Batches.Task> tasks = new ArrayList<>();
        // task 0 holds its slot until the failure is recorded: task 1 counts the latch down a moment before its
        // failure reaches Batches, and a slot freed in that moment would let the next tasks start
        tasks.add(task(0, () -> {
            await(failed);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!batches.stopped() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }));
        tasks.add(new Batches.Task(planned(1), () -> {
            failed.countDown();
            throw new ToolFailure("NPM said no", "");
        }));
        IntStream.range(2, 40).forEach(i -> tasks.add(task(i, () -> {})));

        List<ItemOutcome> outcomes = batches.run(tasks);

        assertThat(outcomes.get(0).status()).isEqualTo(Status.DONE);
        assertThat(outcomes.get(1).status()).isEqualTo(Status.FAILED);
        // task 2 may have taken task 1's slot before the stop was seen; nothing after it starts
        assertThat(outcomes.subList(3, 40)).extracting(ItemOutcome::status).containsOnly(Status.NOT_ATTEMPTED);
    }

    @Test
    void shouldCountProgressAcrossStagesToTheTotal() {
        List<Long> done = Collections.synchronizedList(new ArrayList<>());
        Batches batches = new Batches(3, true).reporting((d, total, message) -> done.add(d), 10, "Imported ");

        batches.run(IntStream.range(0, 4).mapToObj(i -> task(i, () -> {})).toList());
        batches.run(IntStream.range(4, 10).mapToObj(i -> task(i, () -> {})).toList());

        assertThat(done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    private static Supplier<ItemOutcome> failing(String message) {
        return () -> {
            throw new ToolFailure(message, "");
        };
    }

    private static boolean await(CountDownLatch latch) {
        try {
            // a bound so a broken window fails the test instead of hanging the build
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
