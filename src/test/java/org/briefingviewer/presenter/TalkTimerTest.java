package org.briefingviewer.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TalkTimerTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final TalkTimer timer = new TalkTimer(now::get);

    @Test
    void countsPausesAndResets() {
        now.addAndGet(65_000);
        assertThat(timer.display()).isEqualTo("01:05");

        timer.togglePause();
        now.addAndGet(30_000);
        assertThat(timer.display()).as("paused time does not count").isEqualTo("01:05");
        timer.togglePause();
        now.addAndGet(5_000);
        assertThat(timer.display()).isEqualTo("01:10");

        now.addAndGet(3_600_000);
        assertThat(timer.display()).isEqualTo("1:01:10");

        timer.reset();
        assertThat(timer.display()).isEqualTo("00:00");
    }

    @Test
    void resetWhilePausedStaysPausedAtZero() {
        timer.togglePause();
        now.addAndGet(10_000);

        timer.reset();
        now.addAndGet(10_000);

        assertThat(timer.isPaused()).isTrue();
        assertThat(timer.display()).isEqualTo("00:00");
    }
}
