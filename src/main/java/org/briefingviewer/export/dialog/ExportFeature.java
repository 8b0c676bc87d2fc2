package org.briefingviewer.export.dialog;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.DesktopActions;
import org.briefingviewer.ui.Styles;

/** File ▸ Export to PDF… in the reading window: the dialog, progress with Cancel, and the outcome. */
public final class ExportFeature {

    private static final String BANNER_TEXT_ID = "export-banner-text";

    private final ReaderView view;
    private final ReaderViewModel reader;
    private final ExportViewModel viewModel;
    private final SaveLocationChooser chooser;
    private final DesktopActions desktop;

    private ExportFeature(ReaderView view, ReaderViewModel reader, ExportViewModel viewModel,
                          SaveLocationChooser chooser, DesktopActions desktop) {
        this.view = view;
        this.reader = reader;
        this.viewModel = viewModel;
        this.chooser = chooser;
        this.desktop = desktop;
    }

    public static void install(ReaderView view, ReaderViewModel reader, ExportViewModel viewModel,
                               SaveLocationChooser chooser, DesktopActions desktop) {
        new ExportFeature(view, reader, viewModel, chooser, desktop).install();
    }

    private void install() {
        MenuItem export = new MenuItem("_Export to PDF…");
        export.setId("export-pdf");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.disableProperty().bind(viewModel.runningProperty());
        export.setOnAction(event -> askAndExport());
        view.addFileMenuItems(export);
        view.addStatusNodes(progressIndicator());
        viewModel.exportedProperty().addListener((obs, old, file) -> {
            if (file != null) {
                view.showBanner(exportedBanner(file));
            }
        });
        viewModel.failureProperty().addListener((obs, old, message) -> {
            if (message != null) {
                view.showBanner(Banners.create(BANNER_TEXT_ID, "Export failed: " + message, Styles.BANNER_ERROR,
                        dismissButton()));
            }
        });
    }

    void askAndExport() {
        viewModel.prepare();
        viewModel.currentPanelProperty().set(reader.getSelectedPanel());
        ExportDialog dialog = new ExportDialog(view.getScene().getWindow(), viewModel);
        dialog.showAndWait()
                .filter(ExportDialog.EXPORT::equals)
                .flatMap(choice -> chooser.choose(view.getScene().getWindow(), viewModel.defaultFileName()))
                .ifPresent(target -> {
                    view.showBanner(null);
                    viewModel.start(target);
                });
    }

    private HBox progressIndicator() {
        Label stage = new Label();
        stage.textProperty().bind(viewModel.stageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setAccessibleText("Export progress");
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-export");
        cancel.setOnAction(event -> viewModel.cancel());
        HBox box = new HBox(new Label("Exporting PDF:"), stage, bar, cancel);
        box.getStyleClass().add(Styles.EXPORT_PROGRESS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(viewModel.runningProperty());
        box.managedProperty().bind(viewModel.runningProperty());
        return box;
    }

    private HBox exportedBanner(Path file) {
        Button open = Banners.button("Open", () -> desktop.open(file));
        open.setId("open-export");
        Button showInFolder = Banners.button("Show in folder", () -> desktop.showInFolder(file));
        showInFolder.setId("show-export-in-folder");
        return Banners.create(BANNER_TEXT_ID, "Exported " + file.getFileName() + " to "
                + file.toAbsolutePath().getParent(), Styles.BANNER_SUCCESS, open, showInFolder, dismissButton());
    }

    private Button dismissButton() {
        return Banners.button("Dismiss", () -> view.showBanner(null));
    }
}
