package org.briefingviewer.export.dialog;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingviewer.export.ExportCancelledException;
import org.briefingviewer.export.ExportException;
import org.briefingviewer.export.ExportOptions;
import org.briefingviewer.export.ExportProgress;
import org.briefingviewer.export.Layout;
import org.briefingviewer.export.PageSize;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;

/**
 * The export dialog's choices and the export running in the background. Work runs on {@code background}; every
 * property changes on {@code ui}, the FX thread in the application and the calling thread in tests.
 */
public final class ExportViewModel {

    /** Writes a briefing to a file; {@link PdfExporter#export(Briefing, ExportOptions, Path, ExportProgress)}. */
    @FunctionalInterface
    public interface Exporter {
        void export(Briefing briefing, ExportOptions options, Path target, ExportProgress progress)
                throws ExportException, ExportCancelledException;
    }

    /** Prints a briefing; {@link org.briefingviewer.export.PdfPrinter#print}. */
    @FunctionalInterface
    public interface Printing {
        void print(Briefing briefing, ExportOptions options, String printer, int copies, ExportProgress progress)
                throws ExportException, ExportCancelledException;
    }

    /** Which panels to export. */
    public enum Scope { CURRENT, ALL, CHOSEN }

    /** What kind of file to write. */
    public enum Format {
        PDF("PDF", ".pdf"), POWERPOINT("PowerPoint file", ".pptx"), PRINT("print job", ".pdf");

        private final String name;
        private final String extension;

        Format(String name, String extension) {
            this.name = name;
            this.extension = extension;
        }

        public String displayName() {
            return name;
        }
    }

    /** One panel in the "choose panels" list. */
    public static final class PanelChoice {
        private final Panel panel;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        PanelChoice(Panel panel) {
            this.panel = panel;
        }

        public Panel panel() {
            return panel;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final ObservableValue<Briefing> briefing;
    private final Map<Format, Exporter> exporters = new EnumMap<>(Format.class);
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PDF);
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    private final ObjectProperty<Panel> currentPanel = new SimpleObjectProperty<>(this, "currentPanel");
    private final ObservableList<PanelChoice> choices = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.chosenProperty()});
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.DOCUMENT);
    private final ObjectProperty<PageSize> pageSize = new SimpleObjectProperty<>(this, "pageSize", PageSize.A4);
    private final BooleanProperty speakerNotes = new SimpleBooleanProperty(this, "speakerNotes");
    private final BooleanProperty sourceExcerpts = new SimpleBooleanProperty(this, "sourceExcerpts");
    private final BooleanProperty personalNotes = new SimpleBooleanProperty(this, "personalNotes");
    private final BooleanProperty eachStep = new SimpleBooleanProperty(this, "eachStep");
    private final ObjectProperty<Integer> slidesPerPage = new SimpleObjectProperty<>(this, "slidesPerPage",
            ExportOptions.DEFAULT_SLIDES_PER_PAGE);
    private Supplier<Map<String, String>> notes = Map::of;
    private Consumer<Briefing> preparation = briefing -> { };
    private boolean prepared;
    private final BooleanBinding hasPanels;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");
    private final ReadOnlyStringWrapper printed = new ReadOnlyStringWrapper(this, "printed");
    private final StringProperty printer = new SimpleStringProperty(this, "printer");
    private final IntegerProperty copies = new SimpleIntegerProperty(this, "copies", 1);
    private Supplier<List<String>> printers = List::of;
    private final ObservableList<String> printerNames = FXCollections.observableArrayList();
    private Printing printing = (briefing, options, printer, copies, progress) -> {
        throw new ExportException("Printing is not set up.");
    };
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    /** @param briefing the briefing shown, which the export follows when another is opened */
    public ExportViewModel(ObservableValue<Briefing> briefing, Exporter exporter, Executor background, Executor ui) {
        this.briefing = briefing;
        exporters.put(Format.PDF, exporter);
        this.background = background;
        this.ui = ui;
        offerPanelsOf(briefing.getValue());
        briefing.addListener((obs, old, shown) -> offerPanelsOf(shown));
        hasPanels = Bindings.createBooleanBinding(() -> !chosenPanelIds().isEmpty() || scope.get() == Scope.ALL
                && !getBriefing().panels().isEmpty(), scope, choices, currentPanel);
    }

    private void offerPanelsOf(Briefing shown) {
        choices.setAll(shown.panels().stream().map(PanelChoice::new).toList());
        currentPanel.set(shown.panels().get(0));
    }

    /** The options as chosen now. */
    public ExportOptions options() {
        return new ExportOptions(chosenPanelIds(), layout.get(), pageSize.get(), speakerNotes.get(),
                sourceExcerpts.get(), personalNotes.get() ? notes.get() : Map.of())
                .withSteps(eachStep.get()).withSlidesPerPage(slidesPerPage.get());
    }

    /** How to write PowerPoint files, such as {@link org.briefingviewer.export.PptxExporter}. */
    public void exportPowerPointWith(Exporter powerPoint) {
        exporters.put(Format.POWERPOINT, powerPoint);
    }

    /**
     * How to print, such as {@link org.briefingviewer.export.PdfPrinter#print}, and where the printers come from,
     * the default first.
     */
    public void printWith(Printing printing, Supplier<List<String>> printerNames) {
        this.printing = printing;
        this.printers = printerNames;
    }

    /**
     * Asks the system for its printers off the UI thread (the print system may be slow to answer), then, on the
     * UI thread, offers them, the default first, keeps the chosen one chosen while it is there, and runs
     * {@code whenFound}.
     */
    public void findPrinters(Runnable whenFound) {
        background.execute(() -> {
            List<String> found = printers.get();
            ui.execute(() -> {
                printerNames.setAll(found);
                if (printer.get() == null || !found.contains(printer.get())) {
                    printer.set(found.isEmpty() ? null : found.get(0));
                }
                whenFound.run();
            });
        });
    }

    /** The printers found last, the default first. */
    public ObservableList<String> getPrinters() {
        return printerNames;
    }

    /** Prints on the chosen printer; ignored while an export is already running. */
    public void startPrinting() {
        startPrinting(printer.get(), copies.get());
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    /** Where the reader's own notes come from, for exports that include them. */
    public void exportNotesFrom(Supplier<Map<String, String>> notesByPanel) {
        notes = notesByPanel;
    }

    /** How to ready the exporter before a first export, such as {@link PdfExporter#prepare(Briefing)}. */
    public void prepareWith(Consumer<Briefing> readying) {
        preparation = readying;
    }

    /**
     * Readies the exporter in the background the first time the dialog opens, while the reader chooses the options
     * and a file: an export on the same thread then starts on machinery already loaded.
     */
    public void prepare() {
        if (!prepared) {
            prepared = true;
            Briefing shown = getBriefing();
            background.execute(() -> preparation.accept(shown));
        }
    }

    public String defaultFileName() {
        String pdfName = options().defaultFileName(getBriefing());
        return pdfName.substring(0, pdfName.length() - ".pdf".length()) + format.get().extension;
    }

    private List<String> chosenPanelIds() {
        return switch (scope.get()) {
            case ALL -> List.of();
            case CURRENT -> currentPanel.get() == null ? List.of() : List.of(currentPanel.get().id());
            case CHOSEN -> choices.stream().filter(choice -> choice.chosenProperty().get())
                    .map(choice -> choice.panel().id()).toList();
        };
    }

    /** Starts exporting to {@code target}; ignored while an export is already running. */
    public void start(Path target) {
        Format kind = format.get();
        Exporter exporter = exporters.get(kind);
        launch(kind.displayName(), "Exported",
                (shown, options, progress) -> exporter.export(shown, options, target, progress),
                () -> exported.set(target));
    }

    /** Starts printing the chosen layout on {@code printer}; ignored while an export is already running. */
    public void startPrinting(String printerName, int copyCount) {
        launch("print job", "Sent to the printer",
                (shown, options, progress) -> printing.print(shown, options, printerName, copyCount, progress),
                () -> printed.set(printerName));
    }

    private void launch(String what, String doneStage, Job job, Runnable done) {
        if (running.get() || !hasPanels.get()) {
            return;
        }
        ExportOptions options = options();
        Briefing shown = getBriefing();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        running.set(true);
        progress.set(0);
        stage.set("Starting");
        exported.set(null);
        printed.set(null);
        failure.set(null);
        background.execute(() -> run(what, doneStage, () -> job.run(shown, options, progressReport(cancelled)),
                done));
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    private ExportProgress progressReport(AtomicBoolean cancelled) {
        return new ExportProgress() {
            @Override
            public void update(double fraction, String stageName) {
                ui.execute(() -> {
                    progress.set(fraction);
                    stage.set(stageName);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private void run(String what, String doneStage, Work work, Runnable done) {
        try {
            work.run();
            ui.execute(() -> finish(doneStage, null, done));
        } catch (ExportCancelledException e) {
            ui.execute(() -> finish("Cancelled", null, () -> { }));
        } catch (ExportException e) {
            ui.execute(() -> finish("Failed", e.getMessage(), () -> { }));
        } catch (RuntimeException e) {
            ui.execute(() -> finish("Failed", "The " + what + " could not be made: " + e.getMessage(), () -> { }));
        }
    }

    private void finish(String outcome, String message, Runnable done) {
        running.set(false);
        stage.set(outcome);
        done.run();
        failure.set(message);
    }

    /** One export or print job, run in the background. */
    @FunctionalInterface
    private interface Job {
        void run(Briefing shown, ExportOptions options, ExportProgress progress)
                throws ExportException, ExportCancelledException;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws ExportException, ExportCancelledException;
    }

    public Briefing getBriefing() {
        return briefing.getValue();
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Panel> currentPanelProperty() {
        return currentPanel;
    }

    public ObservableList<PanelChoice> getChoices() {
        return choices;
    }

    /** What the next export writes: a PDF, or a PowerPoint file of the slides. */
    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<PageSize> pageSizeProperty() {
        return pageSize;
    }

    public BooleanProperty speakerNotesProperty() {
        return speakerNotes;
    }

    /** On slides: a page for each build step. */
    public BooleanProperty eachStepProperty() {
        return eachStep;
    }

    /** On handouts: how many slides a page holds. */
    public ObjectProperty<Integer> slidesPerPageProperty() {
        return slidesPerPage;
    }

    public BooleanProperty sourceExcerptsProperty() {
        return sourceExcerpts;
    }

    public BooleanProperty personalNotesProperty() {
        return personalNotes;
    }

    public BooleanBinding hasPanelsProperty() {
        return hasPanels;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** The printer the last print job went to, once it has been sent. */
    public ReadOnlyStringProperty printedProperty() {
        return printed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
