package org.briefingviewer.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.parser.Css2Bin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** JavaFX loads a stylesheet's binary form in its place; one edited since the build must win over it. */
class EditedStylesheetTest {

    @TempDir
    Path folder;

    @Test
    void aStylesheetEditedAfterItsBinaryFormWasMadeIsTheOneShown() throws Exception {
        Path css = folder.resolve("look.css");
        Files.writeString(css, ".label { -fx-text-fill: red; }");
        Css2Bin.main(new String[] {css.toString()});
        Files.writeString(css, ".label { -fx-text-fill: blue; }");
        Files.setLastModifiedTime(css, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(textColourWith(Appearance.newestForm(css.toUri().toURL()))).isEqualTo(Color.BLUE);
    }

    @Test
    void anUnchangedStylesheetIsTakenInItsBinaryForm() throws Exception {
        Path css = folder.resolve("look.css");
        Files.writeString(css, ".label { -fx-text-fill: red; }");
        Files.setLastModifiedTime(css, FileTime.from(Instant.now().minusSeconds(5)));
        Css2Bin.main(new String[] {css.toString()});
        Files.writeString(css, ".label { -fx-text-fill: blue; }");
        Files.setLastModifiedTime(css, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(textColourWith(Appearance.newestForm(css.toUri().toURL()))).isEqualTo(Color.RED);
    }

    /** On the root, not the scene: once the application styles every window, a scene's stylesheets are its. */
    private static Object textColourWith(String stylesheet) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Label label = new Label("text");
        FxToolkit.setupStage(stage -> {
            StackPane root = new StackPane(label);
            root.getStylesheets().add(stylesheet);
            stage.setScene(new Scene(root, 200, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Object fill = label.getTextFill();
        FxToolkit.cleanupStages();
        return fill;
    }
}
