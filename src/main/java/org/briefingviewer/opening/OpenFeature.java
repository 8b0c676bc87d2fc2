package org.briefingviewer.opening;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.animation.PauseTransition;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.briefingviewer.bundle.BriefingConverter;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.bundle.Problem;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.Styles;

/** File ▸ Open, Open Folder, Open Recent, drag and drop, the problems dialog, and the bar for a broken save. */
public final class OpenFeature implements Feature {

    private static final double PROGRESS_DELAY_MILLIS = 500;

    private final OpenViewModel viewModel;
    private final Menu recentMenu = new Menu("Open _Recent");
    private Shell shell;
    private boolean showingProgress;
    private final Supplier<Briefing> sample;

    /** @param sample the briefing built into the application */
    public OpenFeature(OpenViewModel viewModel, Supplier<Briefing> sample) {
        this.viewModel = viewModel;
        this.sample = sample;
    }

    @Override
    public void installInto(Shell into) {
        shell = into;
        shell.add(Action.of("open", "_Open…", this::chooseFile)
                .keys(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)).in(MenuName.FILE, 100)
                .described("Open a briefing file"));
        shell.add(Action.of("open-folder", "Open _Folder…", this::chooseFolder)
                .keys(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .in(MenuName.FILE, 101).described("Open a briefing folder"));
        shell.addMenuItems(MenuName.FILE, 102, FXCollections.observableArrayList(recentMenu));
        shell.add(Action.of("open-sample", "Open _Sample Briefing", () -> viewModel.openSample(sample.get()))
                .in(MenuName.FILE, 103));
        shell.add(Action.of("save-as", "Save _As…", this::chooseSaveTarget)
                .keys(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN))
                .in(MenuName.FILE, 200).described("Save the briefing as Markdown, JSON or an archive"));
        viewModel.savedProperty().addListener((obs, old, outcome) -> shell.showBanner(savedBar(outcome)));
        showProgressWhileOpening();
        viewModel.getRecent().addListener((ListChangeListener<Path>) change -> fillRecent());
        recentMenu.setOnShowing(event -> markMissingRecent());
        fillRecent();
        acceptDrops(shell.window().getScene());
        viewModel.rejectedProperty().addListener((obs, old, check) -> showProblems(check));
        viewModel.brokenSaveProperty().addListener((obs, old, check) -> shell.showBanner(
                check == null ? null : brokenSaveBar(check)));
        shell.whenShown(() -> showProblems(viewModel.rejectedProperty().get()));
        BundleCheck brokenSave = viewModel.brokenSaveProperty().get();
        if (brokenSave != null) {
            shell.showBanner(brokenSaveBar(brokenSave));
        }
    }

    /** Shows why a bundle was rejected, also when that was before the window opened. */
    private void showProblems(BundleCheck check) {
        if (check != null) {
            new ProblemsDialog(shell.window(), check).show();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Briefing");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Briefings (*.md, *.json, *.briefing)", "*.md", "*.json",
                        "*.briefing"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(shell.window());
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    /** Save As: Markdown, a JSON bundle or an archive, named after the briefing, beside the file it came from. */
    private void chooseSaveTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Briefing As");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Markdown briefing (*.md)", "*.md"),
                new FileChooser.ExtensionFilter("JSON bundle (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("Briefing archive with its pictures (*.briefing)", "*.briefing"));
        Path current = viewModel.currentFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(viewModel.suggestedFileName());
        File file = chooser.showSaveDialog(shell.window());
        if (file != null) {
            viewModel.saveAs(withExtension(file.toPath(), chooser.getSelectedExtensionFilter()));
        }
    }

    /** The chosen file, with the chosen format's extension when its name gives none the viewer writes. */
    private static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        if (BriefingConverter.Format.of(file) != null || filter == null) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + filter.getExtensions().get(0).substring(1));
    }

    /** A file that takes more than half a second to read and check gets a bar saying so, with a spinner. */
    private void showProgressWhileOpening() {
        PauseTransition halfASecond = new PauseTransition(Duration.millis(PROGRESS_DELAY_MILLIS));
        viewModel.openingProperty().addListener((obs, old, path) -> {
            halfASecond.stop();
            if (path == null) {
                if (showingProgress) {
                    shell.showBanner(null);
                    showingProgress = false;
                }
                return;
            }
            halfASecond.setOnFinished(event -> {
                if (path.equals(viewModel.openingProperty().get())) {
                    ProgressIndicator spinner = new ProgressIndicator();
                    spinner.getStyleClass().add(Styles.OPENING_PROGRESS);
                    shell.showBanner(Banners.create("opening-text", "Opening " + path.getFileName() + "…",
                            Styles.BANNER_INFO, spinner));
                    showingProgress = true;
                }
            });
            halfASecond.playFromStart();
        });
    }

    private HBox savedBar(OpenViewModel.SaveOutcome outcome) {
        if (outcome.succeeded()) {
            return Banners.create("saved-text", "Saved as " + outcome.target() + ".", Styles.BANNER_SUCCESS);
        }
        return Banners.create("saved-text", "Could not save " + outcome.target().getFileName() + ": "
                + outcome.failure(), Styles.BANNER_ERROR, Banners.button("Choose another file…",
                this::chooseSaveTarget));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Briefing Folder");
        File folder = chooser.showDialog(shell.window());
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
            item.setUserData(path);
            item.setDisable(!viewModel.exists(path));
            item.setOnAction(event -> viewModel.open(path));
            recentMenu.getItems().add(item);
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent briefings");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("_Clear Recent");
            clear.setId("clear-recent");
            clear.setOnAction(event -> viewModel.clearRecent());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    /** A recent file moved or deleted since the list was filled cannot be chosen. */
    private void markMissingRecent() {
        for (MenuItem item : recentMenu.getItems()) {
            if (item.getUserData() instanceof Path path) {
                item.setDisable(!viewModel.exists(path));
            }
        }
    }

    private void acceptDrops(Scene scene) {
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
                () -> new ProblemsDialog(shell.window(), check).show()));
    }
}
