package org.briefingviewer.export.dialog;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.briefingviewer.export.ExportOptions;
import org.briefingviewer.export.Layout;
import org.briefingviewer.export.PageSize;
import org.briefingviewer.export.dialog.ExportViewModel.Format;
import org.briefingviewer.export.dialog.ExportViewModel.Scope;
import org.briefingviewer.ui.Styles;

/** Asks which panels to export or print and how; its controls edit the view-model directly. */
final class ExportDialog extends Dialog<ButtonType> {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType PRINT = new ButtonType("Print", ButtonBar.ButtonData.OK_DONE);

    private static final Map<Layout, String> LAYOUT_NAMES = Map.of(
            Layout.DOCUMENT, "Document: portrait pages, a section per panel",
            Layout.SLIDES, "Slides: the presentation, a 16:9 page for each page the room sees",
            Layout.NOTES, "Notes pages: each slide above its speaker notes",
            Layout.HANDOUT, "Handout: slides small, beside lines for writing");

    private static final double POWERPOINT_TEXT_WIDTH = 360;

    private final ExportViewModel viewModel;

    ExportDialog(Window owner, ExportViewModel viewModel) {
        this.viewModel = viewModel;
        initOwner(owner);
        Format format = viewModel.formatProperty().get();
        String title = switch (format) {
            case PDF -> "Export to PDF";
            case POWERPOINT -> "Export to PowerPoint";
            case PRINT -> "Print";
        };
        setTitle(title);
        setHeaderText(title + ": " + viewModel.getBriefing().metadata().title());
        getDialogPane().getStyleClass().add(Styles.EXPORT_DIALOG);
        ButtonType go = format == Format.PRINT ? PRINT : EXPORT;
        getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        getDialogPane().lookupButton(go).disableProperty().bind(viewModel.hasPanelsProperty().not());
        getDialogPane().setContent(switch (format) {
            case PDF -> form();
            case POWERPOINT -> powerPointForm();
            case PRINT -> printForm();
        });
    }

    /** What to print, as for a PDF, and on which printer. */
    private Node printForm() {
        GridPane grid = form();
        ComboBox<String> printers = new ComboBox<>(viewModel.getPrinters());
        printers.valueProperty().bindBidirectional(viewModel.printerProperty());
        printers.setAccessibleText("Printer");
        Spinner<Integer> copies = new Spinner<>(1, 99, viewModel.copiesProperty().get());
        copies.valueProperty().addListener((obs, old, count) -> viewModel.copiesProperty().set(count));
        copies.setAccessibleText("Copies");
        copies.setEditable(true);
        grid.addRow(6, sectionLabel("Printer"), printers);
        grid.addRow(7, sectionLabel("Copies"), copies);
        return grid;
    }

    /** PowerPoint gets the slides as presented, with the speaker notes: only the panels are to choose. */
    private Node powerPointForm() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FORM);
        grid.addRow(0, sectionLabel("Panels"), panelChoice());
        Label what = new Label("A slide for each page the room sees, with your speaker notes on its notes page. "
                + "Build steps are not animated.");
        what.setWrapText(true);
        what.setPrefWidth(POWERPOINT_TEXT_WIDTH);
        grid.add(what, 1, 1);
        return grid;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FORM);
        grid.addRow(0, sectionLabel("Panels"), panelChoice());
        grid.addRow(1, sectionLabel("Layout"), layoutChoice());
        grid.addRow(2, sectionLabel("Page size"), pageSizeChoice());
        CheckBox speakerNotes = checkBox("Include speaker notes", viewModel.speakerNotesProperty());
        speakerNotes.disableProperty().bind(viewModel.layoutProperty().isNotEqualTo(Layout.DOCUMENT));
        grid.add(speakerNotes, 1, 3);
        CheckBox sources = checkBox("Include the cited source paragraphs as an appendix",
                viewModel.sourceExcerptsProperty());
        grid.add(sources, 1, 4);
        grid.add(checkBox("Include my own notes", viewModel.personalNotesProperty()), 1, 5);
        return grid;
    }

    private Node panelChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton current = radio(group, "Current panel (" + viewModel.currentPanelProperty().get().title() + ")",
                Scope.CURRENT);
        RadioButton all = radio(group, "All panels", Scope.ALL);
        RadioButton chosen = radio(group, "These panels:", Scope.CHOSEN);
        VBox checklist = new VBox();
        checklist.getStyleClass().add(Styles.CHECKLIST);
        for (ExportViewModel.PanelChoice choice : viewModel.getChoices()) {
            CheckBox box = checkBox(choice.panel().title(), choice.chosenProperty());
            box.disableProperty().bind(viewModel.scopeProperty().isNotEqualTo(Scope.CHOSEN));
            checklist.getChildren().add(box);
        }
        selectAndFollow(group, viewModel.scopeProperty().get());
        group.selectedToggleProperty().addListener((obs, old, toggle) ->
                viewModel.scopeProperty().set((Scope) toggle.getUserData()));
        VBox box = new VBox(current, all, chosen, checklist);
        box.getStyleClass().add(Styles.CHOICES);
        return box;
    }

    private Node layoutChoice() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox();
        box.getStyleClass().add(Styles.CHOICES);
        for (Layout layout : Layout.values()) {
            box.getChildren().add(radio(group, LAYOUT_NAMES.get(layout), layout));
            if (layout == Layout.SLIDES) {
                box.getChildren().add(onlyFor(Layout.SLIDES,
                        checkBox("A page for each build step", viewModel.eachStepProperty())));
            } else if (layout == Layout.HANDOUT) {
                box.getChildren().add(onlyFor(Layout.HANDOUT, slidesPerPageChoice()));
            }
        }
        selectAndFollow(group, viewModel.layoutProperty().get());
        group.selectedToggleProperty().addListener((obs, old, toggle) ->
                viewModel.layoutProperty().set((Layout) toggle.getUserData()));
        return box;
    }

    /** A choice that belongs to one layout: indented below it, and enabled while it is chosen. */
    private Node onlyFor(Layout layout, Node choice) {
        choice.disableProperty().bind(viewModel.layoutProperty().isNotEqualTo(layout));
        VBox indented = new VBox(choice);
        indented.getStyleClass().add(Styles.CHECKLIST);
        return indented;
    }

    private Node slidesPerPageChoice() {
        ComboBox<Integer> counts = new ComboBox<>();
        counts.getItems().setAll(ExportOptions.SLIDES_PER_HANDOUT_PAGE);
        counts.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer count) {
                return count == null ? "" : count + " slides a page";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.split(" ")[0]);
            }
        });
        counts.valueProperty().bindBidirectional(viewModel.slidesPerPageProperty());
        counts.setAccessibleText("Slides a handout page");
        return counts;
    }

    private Node pageSizeChoice() {
        ComboBox<PageSize> sizes = new ComboBox<>();
        sizes.getItems().setAll(PageSize.values());
        sizes.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSize size) {
                return size == null ? "" : size == PageSize.A4 ? "A4" : "US Letter";
            }

            @Override
            public PageSize fromString(String text) {
                return PageSize.valueOf(text);
            }
        });
        sizes.valueProperty().bindBidirectional(viewModel.pageSizeProperty());
        sizes.setAccessibleText("Page size");
        return sizes;
    }

    private static void selectAndFollow(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == value) {
                group.selectToggle(toggle);
            }
        }
    }

    private static RadioButton radio(ToggleGroup group, String text, Object value) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setUserData(value);
        return button;
    }

    private static CheckBox checkBox(String text, BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
