package org.briefingviewer.opening;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.bundle.Problem;
import org.briefingviewer.ui.Styles;

/** Lists every problem of a bundle that could not be opened, with a button that copies them as text. */
final class ProblemsDialog extends Alert {

    private static final ButtonType COPY = new ButtonType("Copy problems", ButtonBar.ButtonData.LEFT);

    ProblemsDialog(Window owner, BundleCheck check) {
        super(AlertType.ERROR);
        initOwner(owner);
        setTitle("Cannot open briefing");
        long errors = check.problems().stream().filter(Problem::isError).count();
        setHeaderText(check.name() + " cannot be opened: " + errors + (errors == 1 ? " problem" : " problems")
                + ". The briefing on screen is unchanged.");
        getDialogPane().getStyleClass().add(Styles.PROBLEMS_DIALOG);
        getDialogPane().setContent(table(check));
        getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            copy(check);
            event.consume();
        });
        setResizable(true);
    }

    static String asText(BundleCheck check) {
        return check.problems().stream()
                .map(problem -> problem.compilerStyle() + (problem.hint() == null ? "" : "\n    hint: " + problem.hint()))
                .collect(Collectors.joining("\n"));
    }

    private static void copy(BundleCheck check) {
        ClipboardContent content = new ClipboardContent();
        content.putString(asText(check));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static TableView<Problem> table(BundleCheck check) {
        TableView<Problem> table = new TableView<>();
        table.setId("problems-table");
        table.getItems().setAll(check.problems());
        table.getColumns().add(column("Where", problem -> problem.file() + ":" + problem.line() + ":" + problem.column()));
        table.getColumns().add(column("In", Problem::path));
        table.getColumns().add(column("Problem", problem -> (problem.isError() ? "" : "Warning: ") + problem.message()));
        table.getColumns().add(column("What to do", problem -> problem.hint() == null ? "" : problem.hint()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setAccessibleText("Problems found in the briefing");
        return table;
    }

    private static TableColumn<Problem, String> column(String title,
                                                       java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
