package org.briefingviewer.opening;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.bundle.Problem;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.Styles;

/** File ▸ Open, Open Folder, Open Recent, drag and drop, the problems dialog, and the bar for a broken save. */
public final class OpenFeature {

    private final ReaderView view;
    private final OpenViewModel viewModel;
    private final Menu recentMenu = new Menu("Open _Recent");

    private OpenFeature(ReaderView view, OpenViewModel viewModel) {
        this.view = view;
        this.viewModel = viewModel;
    }

    public static void install(ReaderView view, OpenViewModel viewModel) {
        new OpenFeature(view, viewModel).install();
    }

    private void install() {
        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> chooseFile());
        MenuItem openFolder = new MenuItem("Open _Folder…");
        openFolder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        openFolder.setOnAction(event -> chooseFolder());
        view.addFileMenuItems(open, openFolder, recentMenu);
        viewModel.getRecent().addListener((ListChangeListener<Path>) change -> fillRecent());
        recentMenu.setOnShowing(event -> fillRecent());
        fillRecent();
        view.sceneProperty().addListener((obs, old, scene) -> acceptDrops(scene));
        acceptDrops(view.getScene());
        viewModel.rejectedProperty().addListener((obs, old, check) -> showProblems(check));
        viewModel.brokenSaveProperty().addListener((obs, old, check) -> view.showBanner(
                check == null ? null : brokenSaveBar(check)));
        showProblems(viewModel.rejectedProperty().get());
        BundleCheck brokenSave = viewModel.brokenSaveProperty().get();
        if (brokenSave != null) {
            view.showBanner(brokenSaveBar(brokenSave));
        }
    }

    /** Shows why a bundle was rejected, also when that was before this feature was installed (a reopened one). */
    private void showProblems(BundleCheck check) {
        if (check != null) {
            new ProblemsDialog(view.getScene().getWindow(), check).show();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Briefing");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Briefings (*.json, *.briefing)", "*.json", "*.briefing"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Briefing Folder");
        File folder = chooser.showDialog(view.getScene().getWindow());
        if (folder != null) {
            viewModel.open(folder.toPath());
        }
    }

    private void fillRecent() {
        List<Path> paths = viewModel.getRecent();
        recentMenu.getItems().clear();
        for (Path path : paths) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setDisable(!viewModel.exists(path));
            item.setOnAction(event -> viewModel.open(path));
            recentMenu.getItems().add(item);
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent briefings");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void acceptDrops(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            boolean accepted = board.hasFiles() && !board.getFiles().isEmpty();
            if (accepted) {
                viewModel.open(board.getFiles().get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private HBox brokenSaveBar(BundleCheck check) {
        long errors = check.problems().stream().filter(Problem::isError).count();
        String text = "The last save of " + check.name() + " has " + errors + (errors == 1 ? " problem" : " problems")
                + "; still showing the last good version. " + check.problems().get(0).compilerStyle();
        return Banners.create("broken-save-text", text, Styles.BANNER_ERROR, Banners.button("Show problems",
                () -> new ProblemsDialog(view.getScene().getWindow(), check).show()));
    }
}
