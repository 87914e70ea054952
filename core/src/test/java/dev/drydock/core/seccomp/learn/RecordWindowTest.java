package dev.drydock.core.seccomp.learn;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RecordWindowTest {

    private static final Instant START = Instant.parse("2026-11-23T19:00:00Z");

    private static KernelAuditRecord at(Instant time, long pid) {
        return new KernelAuditRecord(time, 1, pid, "sh", "c000003e", 0, KernelAuditRecord.SECCOMP_RET_LOG);
    }

    @Test
    void keepsRecordsOfTheRunsTimeAndItsProcesses() {
        RecordWindow window = new RecordWindow(START, START.plusSeconds(3), 500);

        assertThat(window.contains(at(START, 500))).isTrue();
        assertThat(window.contains(at(START.plusSeconds(3), 812))).isTrue();
        assertThat(window.contains(at(START.minusMillis(1), 600))).as("before the container existed").isFalse();
        assertThat(window.contains(at(START.plusSeconds(4), 600))).as("after it stopped").isFalse();
        assertThat(window.contains(at(START.plusSeconds(1), 499))).as("a process older than the container").isFalse();
    }

    @Test
    void withoutAKnownPidOnlyTheTimeCounts() {
        assertThat(new RecordWindow(START, START.plusSeconds(3), 0).contains(at(START.plusSeconds(1), 7))).isTrue();
    }
}
