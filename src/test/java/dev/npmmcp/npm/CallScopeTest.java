package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A call's budget, dry run and notices reach the threads it starts, and nothing of it outlives the call. */
class CallScopeTest {

    private final CallScope scope = new CallScope(Clock.systemUTC());

    @Test
    void shouldCarryTheCallIntoTheThreadsItStarts() throws Exception {
        List<String> notices = new CopyOnWriteArrayList<>();
        DryRun dryRun = new DryRun();
        AtomicReference<Optional<Duration>> seen = new AtomicReference<>();
        AtomicReference<Boolean> dry = new AtomicReference<>();

        scope.run(Duration.ofSeconds(10), notices, Optional.of(dryRun), () -> {
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                threads.submit(() -> {
                    seen.set(scope.remaining());
                    dry.set(scope.dryRunning());
                    scope.notice("from a worker");
                }).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertThat(seen.get()).hasValueSatisfying(left -> assertThat(left).isPositive());
        assertThat(dry.get()).isTrue();
        assertThat(notices).containsExactly("from a worker");
    }

    @Test
    void shouldLeaveNothingOfAnEndedCallToAThreadMadeDuringIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<String> first = new CopyOnWriteArrayList<>();
            scope.run(Duration.ofSeconds(10), first, Optional.of(new DryRun()), () -> {
                try {
                    // the pool's one thread is made now, inside the call
                    return pool.submit(() -> scope.dryRunning()).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(pool.submit(() -> scope.dryRunning()).get()).as("after the call ended").isFalse();
            assertThat(pool.submit(() -> scope.remaining()).get()).isEmpty();
            List<String> second = new CopyOnWriteArrayList<>();
            pool.submit(() -> scope.run(Duration.ofSeconds(5), second, () -> {
                scope.notice("second call");
                return null;
            })).get();
            assertThat(first).isEmpty();
            assertThat(second).containsExactly("second call");
        } finally {
            pool.shutdownNow();
        }
    }
}
