package org.briefingviewer.presenter;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The presenter's elapsed-time timer: starts with the talk, pauses and resets; the clock is injectable. */
public final class TalkTimer {

    private final LongSupplier millisClock;
    private long startedAt;
    private long pausedTotal;
    private long pausedAt = -1;

    public TalkTimer(LongSupplier millisClock) {
        this.millisClock = millisClock;
        reset();
    }

    public void reset() {
        startedAt = millisClock.getAsLong();
        pausedTotal = 0;
        pausedAt = pausedAt >= 0 ? startedAt : -1;
    }

    public void togglePause() {
        long now = millisClock.getAsLong();
        if (pausedAt >= 0) {
            pausedTotal += now - pausedAt;
            pausedAt = -1;
        } else {
            pausedAt = now;
        }
    }

    public boolean isPaused() {
        return pausedAt >= 0;
    }

    public Duration elapsed() {
        long now = pausedAt >= 0 ? pausedAt : millisClock.getAsLong();
        return Duration.ofMillis(now - startedAt - pausedTotal);
    }

    /** Elapsed time as H:MM:SS or MM:SS. */
    public String display() {
        long seconds = elapsed().toSeconds();
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%02d:%02d", minutes, seconds % 60);
    }
}
