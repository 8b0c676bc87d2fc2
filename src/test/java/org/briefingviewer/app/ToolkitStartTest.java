package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitStartTest {

    @Test
    void argumentsThatOpenNoWindowAreRecognisedInEitherSpelling() {
        assertThat(ToolkitStart.isWindowless("--export-pdf")).isTrue();
        assertThat(ToolkitStart.isWindowless("--export-pdf=out.pdf")).isTrue();
        assertThat(ToolkitStart.isWindowless("--validate")).isTrue();
        assertThat(ToolkitStart.isWindowless("--export-pptx=talk.pptx")).isTrue();
        assertThat(ToolkitStart.isWindowless("-V")).isTrue();
        assertThat(ToolkitStart.isWindowless("--convert")).isTrue();
    }

    @Test
    void windowArgumentsAndFilesStartTheToolkitEarly() {
        assertThat(ToolkitStart.isWindowless("--panel=trade")).isFalse();
        assertThat(ToolkitStart.isWindowless("--benchmark-startup")).isFalse();
        assertThat(ToolkitStart.isWindowless("briefing.json")).isFalse();
    }

    @Test
    void aWindowlessRunDoesNotWaitForJavaFx() {
        assertThat(ToolkitStart.forArguments(() -> { }, "--version").awaitDisplay()).isTrue();
    }
}
