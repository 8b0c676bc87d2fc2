package org.briefingviewer.export.dialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.briefingviewer.export.dialog.ExportViewModel.Format;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.DesktopActions;
import org.briefingviewer.ui.SelectablePage;
import org.briefingviewer.ui.Styles;

/**
 * File ▸ Export to PDF…, Export to PowerPoint… and Print… in the reading window: the dialog, progress with Cancel,
 * and the outcome.
 */
public final class ExportFeature implements Feature {

    private static final String BANNER_TEXT_ID = "export-banner-text";

    private final ReaderViewModel reader;
    private final ExportViewModel viewModel;
    private final SaveLocationChooser chooser;
    private final DesktopActions desktop;
    private Shell shell;

    public ExportFeature(ReaderViewModel reader, ExportViewModel viewModel, SaveLocationChooser chooser,
                         DesktopActions desktop) {
        this.reader = reader;
        this.viewModel = viewModel;
        this.chooser = chooser;
        this.desktop = desktop;
    }

    @Override
    public void installInto(Shell into) {
        shell = into;
        shell.add(Action.of("export-pdf", "_Export to PDF…", () -> askAndExport(Format.PDF))
                .keys(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN))
                .enabledWhen(Bindings.not(viewModel.runningProperty())).in(MenuName.FILE, 210)
                .described("Export to PDF"));
        shell.add(Action.of("export-pptx", "Export to Po_werPoint…", () -> askAndExport(Format.POWERPOINT))
                .keys(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .enabledWhen(Bindings.not(viewModel.runningProperty())).in(MenuName.FILE, 211)
                .described("Export the slides to PowerPoint"));
        shell.add(Action.of("print", "_Print…", this::askAndPrint)
                .keys(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN))
                .enabledWhen(Bindings.not(viewModel.runningProperty())).in(MenuName.FILE, 400)
                .described("Print slides, notes pages, a handout or the document"));
        shell.addStatusAtStart(progressIndicator());
        viewModel.printedProperty().addListener((obs, old, printer) -> {
            if (printer != null) {
                shell.showBanner(Banners.create(BANNER_TEXT_ID, "Sent to " + printer + ".", Styles.BANNER_SUCCESS,
                        dismissButton()));
            }
        });
        viewModel.exportedProperty().addListener((obs, old, file) -> {
            if (file != null) {
                shell.showBanner(exportedBanner(file));
            }
        });
        viewModel.failureProperty().addListener((obs, old, message) -> {
            if (message != null) {
                shell.showBanner(Banners.create(BANNER_TEXT_ID, failedWhat() + message, Styles.BANNER_ERROR,
                        tryAgainButton(viewModel.formatProperty().get()), dismissButton()));
            }
        });
    }

    void askAndExport(Format format) {
        viewModel.formatProperty().set(format);
        viewModel.prepare();
        viewModel.currentPanelProperty().set(reader.getSelectedPanel());
        ExportDialog dialog = new ExportDialog(shell.window(), viewModel);
        dialog.showAndWait()
                .filter(ExportDialog.EXPORT::equals)
                .flatMap(choice -> chooser.choose(shell.window(), viewModel.defaultFileName()))
                .ifPresent(target -> {
                    shell.showBanner(null);
                    viewModel.start(target);
                });
    }

    /** Asks what to print and where, unless there is nowhere to print, which it says instead. */
    void askAndPrint() {
        viewModel.formatProperty().set(Format.PRINT);
        viewModel.currentPanelProperty().set(reader.getSelectedPanel());
        viewModel.findPrinters(this::askWhatToPrint);
    }

    private void askWhatToPrint() {
        if (viewModel.getPrinters().isEmpty()) {
            shell.showBanner(Banners.create(BANNER_TEXT_ID, "No printer is installed. Add one in the system's "
                    + "printer settings, or export to PDF and print that.", Styles.BANNER_ERROR, dismissButton()));
            return;
        }
        viewModel.prepare();
        new ExportDialog(shell.window(), viewModel).showAndWait()
                .filter(ExportDialog.PRINT::equals)
                .ifPresent(choice -> {
                    shell.showBanner(null);
                    viewModel.startPrinting();
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
        Label exporting = new Label();
        exporting.textProperty().bind(Bindings.createStringBinding(() -> viewModel.formatProperty().get()
                == Format.PRINT ? "Printing:" : "Exporting " + viewModel.formatProperty().get().displayName() + ":",
                viewModel.formatProperty()));
        HBox box = new HBox(exporting, stage, bar, cancel);
        box.getStyleClass().add(Styles.EXPORT_PROGRESS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(viewModel.runningProperty());
        box.managedProperty().bind(viewModel.runningProperty());
        return box;
    }

    private HBox exportedBanner(Path file) {
        Button open = Banners.button("Open", () -> whenOpenable(file, () -> desktop.open(file)));
        open.setId("open-export");
        Button showInFolder = showInFolderButton(file);
        return Banners.create(BANNER_TEXT_ID, "Exported " + file.getFileName() + " to "
                + file.toAbsolutePath().getParent(), Styles.BANNER_SUCCESS, open, showInFolder, dismissButton());
    }

    private Button showInFolderButton(Path file) {
        Button showInFolder = Banners.button("Show in folder",
                () -> whenOpenable(file.toAbsolutePath().getParent(), () -> desktop.showInFolder(file)));
        showInFolder.setId("show-export-in-folder");
        return showInFolder;
    }

    /**
     * Runs {@code open} if a program here opens {@code target}; asking the system takes a moment, so it is asked off
     * the JavaFX thread. Otherwise the banner says what is missing and offers what still helps.
     */
    private void whenOpenable(Path target, Runnable open) {
        CompletableFuture.supplyAsync(() -> desktop.canOpen(target)).thenAccept(openable -> Platform.runLater(() -> {
            if (openable) {
                open.run();
            } else {
                shell.showBanner(nothingOpens(target));
            }
        }));
    }

    private HBox nothingOpens(Path target) {
        if (Files.isDirectory(target)) {
            Button copy = Banners.button("Copy path", () -> SelectablePage.putOnClipboard(target.toString()));
            copy.setId("copy-export-path");
            return Banners.create(BANNER_TEXT_ID, "No file manager is installed to show " + target + ".",
                    Styles.BANNER_ERROR, copy, dismissButton());
        }
        return Banners.create(BANNER_TEXT_ID, "No " + viewerOf(target) + " is installed — show it in its folder "
                + "instead.", Styles.BANNER_ERROR, showInFolderButton(target), dismissButton());
    }

    private static String viewerOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx")
                ? "program for PowerPoint files" : "PDF viewer";
    }

    private String failedWhat() {
        return viewModel.formatProperty().get() == Format.PRINT ? "Printing failed: " : "Export failed: ";
    }

    /** What helps after a failure: another folder for a file that could not be written, or printing again. */
    private Button tryAgainButton(Format format) {
        Button again = format == Format.PRINT ? Banners.button("Print again…", this::askAndPrint)
                : Banners.button("Choose another folder…", () -> askAndExport(format));
        again.setId("export-again");
        return again;
    }

    private Button dismissButton() {
        return Banners.button("Dismiss", () -> shell.showBanner(null));
    }
}
