package dev.octavo.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelJobsTest {

    @Test
    void aJobStartedMeanwhileRunsWhileTheCallerGoesOnAndGivesItsResultOnce() throws InterruptedException {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        ParallelJobs.Pending<String> pending = ParallelJobs.meanwhile("test", () -> {
            if (Runtime.getRuntime().availableProcessors() >= 2) {
                // On two cores the job runs on its own thread: it can wait for the caller to go on.
                assertTrue(callerWentOn.await(10, TimeUnit.SECONDS), "the caller went on while the job ran");
                assertEquals("octavo-test", Thread.currentThread().getName());
            }
            return "done";
        });
        callerWentOn.countDown();
        ParallelJobs.Outcome<String> outcome = pending.outcome();
        assertFalse(outcome.failed());
        assertEquals("done", outcome.value());
        assertSame(outcome, pending.outcome(), "asking again waits for nothing and gives the same outcome");
    }

    @Test
    void whatAJobStartedMeanwhileThrowsIsItsOutcome() {
        IOException thrown = new IOException("no such file");
        ParallelJobs.Outcome<String> outcome = ParallelJobs.<String>meanwhile("failing", () -> {
            throw thrown;
        }).outcome();
        assertTrue(outcome.failed());
        assertNull(outcome.value());
        assertSame(thrown, outcome.failure());
        assertSame(thrown, assertThrows(java.io.UncheckedIOException.class, outcome::orThrow).getCause());
        IllegalStateException unchecked = new IllegalStateException("as itself");
        assertSame(unchecked, assertThrows(IllegalStateException.class,
                ParallelJobs.<String>meanwhile("unchecked", () -> {
                    throw unchecked;
                }).outcome()::orThrow));
    }

    @Test
    void halvesComeBackInOrderAndAFailureIsThrownToTheCaller() {
        List<Integer> items = IntStream.range(0, 101).boxed().toList();
        assertEquals(items.stream().map(i -> i * 2).toList(),
                ParallelJobs.inHalves("double", items, part -> part.stream().map(i -> i * 2).toList()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParallelJobs.inHalves("fail",
                items, part -> {
                    if (part.contains(100)) {
                        throw new IllegalArgumentException("second half");
                    }
                    return part;
                }));
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals("second half", e.getMessage());
    }

    @Test
    void eachItemGetsItsOwnOutcomeInOrderFailuresIncluded() {
        List<ParallelJobs.Outcome<Integer>> outcomes = ParallelJobs.each("square", List.of(1, 2, 3), item -> {
            if (item == 2) {
                throw new java.io.IOException("two");
            }
            return item * item;
        });
        assertEquals(3, outcomes.size());
        assertEquals(1, outcomes.get(0).value());
        assertEquals("two", outcomes.get(1).failure().getMessage());
        assertEquals(9, outcomes.get(2).value());
    }
}
