package org.briefingviewer.opening;

import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.bundle.Problem;
import org.briefingviewer.ui.Styles;

/** Lists every problem of a bundle that could not be opened, with a button that copies them as text. */
final class ProblemsDialog extends Alert {

    private static final double PREFERRED_WIDTH = 640;
    private static final double PREFERRED_HEIGHT = 360;
    private static final double SCROLL_BAR_ROOM = 32;
    private static final ButtonType COPY = new ButtonType("Copy problems", ButtonBar.ButtonData.LEFT);

    ProblemsDialog(Window owner, BundleCheck check) {
        super(AlertType.ERROR);
        initOwner(owner);
        setTitle("Cannot open briefing");
        long errors = check.problems().stream().filter(Problem::isError).count();
        setHeaderText(check.name() + " cannot be opened: " + errors + (errors == 1 ? " problem" : " problems")
                + ". The briefing on screen is unchanged.");
        getDialogPane().getStyleClass().add(Styles.PROBLEMS_DIALOG);
        getDialogPane().setContent(list(check));
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

    /** Each problem as an entry that wraps to the dialog's width: where, what, and what to do. */
    private static ListView<Problem> list(BundleCheck check) {
        ListView<Problem> list = new ListView<>();
        list.setId("problems-list");
        list.getStyleClass().add(Styles.PROBLEMS_LIST);
        list.getItems().setAll(check.problems());
        list.setCellFactory(view -> new ProblemCell());
        list.setPrefSize(PREFERRED_WIDTH, PREFERRED_HEIGHT);
        list.setAccessibleText("Problems found in the briefing");
        return list;
    }

    private static final class ProblemCell extends ListCell<Problem> {

        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            setText(null);
            if (empty || problem == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label where = label(where(problem), Styles.PROBLEM_WHERE);
            Label what = label((problem.isError() ? "" : "Warning: ") + problem.message(), Styles.PROBLEM_MESSAGE);
            VBox entry = new VBox(where, what);
            if (problem.hint() != null) {
                entry.getChildren().add(label(problem.hint(), Styles.PROBLEM_HINT));
            }
            entry.getStyleClass().add(Styles.PROBLEM_ENTRY);
            entry.maxWidthProperty().bind(getListView().widthProperty().subtract(SCROLL_BAR_ROOM));
            setGraphic(entry);
            setAccessibleText(problem.compilerStyle());
        }

        private static String where(Problem problem) {
            String file = problem.file().substring(Math.max(problem.file().lastIndexOf('/'),
                    problem.file().lastIndexOf('\\')) + 1);
            return problem.line() > 0 ? file + ", line " + problem.line() + ", column " + problem.column() : file;
        }

        private static Label label(String text, String styleClass) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            return label;
        }
    }
}
