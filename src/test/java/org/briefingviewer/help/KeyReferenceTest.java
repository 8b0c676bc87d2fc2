package org.briefingviewer.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/keyboard.md is exactly what the help overlays show. Regenerate it with -Dkeyboard.write=true. */
class KeyReferenceTest {

    private static final Path DOC = Path.of("docs", "keyboard.md");

    @Test
    void keyboardDocumentMatchesTheReference() throws IOException {
        if (Boolean.getBoolean("keyboard.write")) {
            Files.writeString(DOC, KeyReference.markdown());
        }
        assertThat(Files.readString(DOC)).isEqualTo(KeyReference.markdown());
    }
}
