package org.briefingviewer.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingviewer.ui.KeyRow;
import org.junit.jupiter.api.Test;

class KeyHelpTest {

    @Test
    void theReferenceIsOneTablePerModeInTheOrderGiven() {
        String markdown = KeyReference.markdown(List.of(new KeyRow("Ctrl+Q", "Quit")),
                List.of(new KeyRow("Esc", "Stop presenting"), new KeyRow("B, .", "Black screen")));

        assertThat(markdown).contains("## Reading\n\n| Keys | Action |\n| --- | --- |\n| Ctrl+Q | Quit |\n")
                .endsWith("## Presenting\n\n| Keys | Action |\n| --- | --- |\n| Esc | Stop presenting |\n"
                        + "| B, . | Black screen |\n");
    }
}
