package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.help.KeyReference;
import org.briefingviewer.presenter.PresentFeature;
import org.briefingviewer.ui.KeyRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * docs/keyboard.md is exactly the key list of the window the application opens, which F1 shows, and every menu
 * accelerator is on it. Regenerate the file with -Dkeyboard.write=true.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReferenceTest {

    private static final Path DOC = Path.of("docs", "keyboard.md");

    @TempDir
    Path folder;

    private BriefingViewerApp app;

    @BeforeEach
    void startTheApplication() throws TimeoutException {
        app = RunningApp.start(new BriefingLoader().loadEmbedded(), folder);
    }

    @AfterEach
    void quit() throws TimeoutException {
        RunningApp.stop(app);
    }

    @Test
    void keyboardDocumentIsTheWindowsKeyList() throws IOException {
        String made = KeyReference.markdown(app.shell().keyRows(), PresentFeature.presentingKeys());
        if (Boolean.getBoolean("keyboard.write")) {
            Files.writeString(DOC, made);
        }
        assertThat(Files.readString(DOC)).isEqualTo(made);
    }

    @Test
    void everyMenuAcceleratorIsOnTheKeyList(FxRobot robot) {
        List<String> listed = app.shell().keyRows().stream().map(KeyRow::keys)
                .map(KeyboardReferenceTest::expandedDigits).toList();
        List<MenuItem> items = new ArrayList<>();
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(menu -> collect(menu, items));

        assertThat(items).filteredOn(item -> item.getAccelerator() != null).isNotEmpty()
                .allSatisfy(item -> assertThat(listed).as(item.getText())
                        .anyMatch(keys -> keys.contains(item.getAccelerator().getDisplayText())));
    }

    @Test
    void keysTheListNamesAreThoseTheMenusAnswer(FxRobot robot) {
        List<String> rows = app.shell().keyRows().stream().map(row -> row.keys() + " " + row.action()).toList();

        assertThat(rows).contains("Ctrl+Page Down, Alt+→ Next panel", "F5 Present from the first panel",
                "F1 This list of keys", "Ctrl+Q Quit");
        assertThat(rows).noneMatch(row -> row.contains("Next step"));
    }

    /** "Ctrl+1 … Ctrl+9" as every key it stands for. */
    private static String expandedDigits(String keys) {
        if (!keys.equals("Ctrl+1 … Ctrl+9")) {
            return keys;
        }
        return String.join(", ", java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(n -> "Ctrl+" + n).toList());
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            into.add(item);
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            }
        }
    }
}
