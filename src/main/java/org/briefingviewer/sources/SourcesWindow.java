package org.briefingviewer.sources;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingviewer.model.BlockText;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingArea;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.AppIcons;
import org.briefingviewer.ui.SelectablePage;
import org.briefingviewer.ui.Styles;

/** The whole source text, each paragraph with links to the blocks that cite it (View ▸ Source Text, Ctrl+Shift+S). */
public final class SourcesWindow implements Feature {

    private static final double WIDTH = 760;
    private static final double HEIGHT = 720;

    private final ReaderViewModel reader;
    private final ReadingArea reading;
    private Window owner;
    private static final int QUOTED_WORDS = 8;
    private static final String SOURCE_ID_PREFIX = "source-";
    /** A page moves a little less than the window's height, so the line read last stays in sight. */
    private static final double PAGE_OVERLAP = 0.9;
    private static final List<KeyCombination> CLOSE = List.of(new KeyCodeCombination(KeyCode.ESCAPE),
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));

    private Stage stage;
    private final SelectablePage page = new SelectablePage();

    public SourcesWindow(ReaderViewModel reader, ReadingArea reading) {
        this.reader = reader;
        this.reading = reading;
    }

    @Override
    public void installInto(Shell shell) {
        reading.setSourceOpener(this::showParagraph);
        owner = shell.window();
        shell.add(Action.of("source-text", "Source _Text", this::show)
                .keys(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .in(MenuName.VIEW, 100).described("Source text"));
        reader.briefingProperty().addListener((obs, old, briefing) -> refresh());
    }

    void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            AppIcons.applyTo(stage);
            ScrollPane scroll = new ScrollPane(page);
            scroll.setFitToWidth(true);
            stage.setScene(new Scene(scroll, WIDTH, HEIGHT));
            page.offerCopyIn(stage.getScene());
            stage.getScene().getRoot().getStyleClass().add(Styles.FOLLOWS_ZOOM);
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (CLOSE.stream().anyMatch(keys -> keys.match(event))) {
                    stage.close();
                    event.consume();
                } else if (scrollPage(event.getCode())) {
                    event.consume();
                }
            });
        }
        refresh();
        stage.show();
        stage.toFront();
    }

    /** Opens the window at source paragraph {@code sourceId}, at the top of the window. */
    void showParagraph(String sourceId) {
        show();
        // A window shown for the first time has no viewport until its first layout pass.
        Platform.runLater(() -> scrollTo(sourceId));
    }

    private void scrollTo(String sourceId) {
        ScrollPane scroll = (ScrollPane) stage.getScene().getRoot();
        Node entry = scroll.getContent().lookup("#" + SOURCE_ID_PREFIX + sourceId);
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (entry != null && content > viewport) {
            scroll.setVvalue(Math.min(1, entry.getBoundsInParent().getMinY() / (content - viewport)));
        }
    }

    /** Page Down, Page Up, Home and End move through the text, whatever has the focus. */
    private boolean scrollPage(KeyCode code) {
        ScrollPane scroll = (ScrollPane) stage.getScene().getRoot();
        double content = scroll.getContent() == null ? 0 : scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return false;
        }
        double page = viewport / (content - viewport) * PAGE_OVERLAP;
        double to = switch (code) {
            case PAGE_DOWN -> scroll.getVvalue() + page;
            case PAGE_UP -> scroll.getVvalue() - page;
            case HOME -> 0;
            case END -> 1;
            default -> Double.NaN;
        };
        if (Double.isNaN(to)) {
            return false;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, to)));
        return true;
    }

    private void refresh() {
        if (stage == null) {
            return;
        }
        Briefing briefing = reader.getBriefing();
        stage.setTitle("Source text — " + briefing.metadata().title());
        VBox paragraphs = new VBox();
        paragraphs.getStyleClass().add(Styles.SOURCES);
        for (Map.Entry<SourceParagraph, List<Citations.Citing>> entry : Citations.of(briefing).entrySet()) {
            paragraphs.getChildren().add(paragraph(entry.getKey(), entry.getValue()));
        }
        page.setContent(paragraphs);
    }

    private VBox paragraph(SourceParagraph source, List<Citations.Citing> citing) {
        Label title = new Label("Paragraph " + source.id().substring(1));
        title.getStyleClass().add(Styles.SOURCE_TITLE);
        Label text = new Label(source.text());
        text.getStyleClass().add(Styles.SOURCE_TEXT);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane links = new FlowPane(new Label(citing.isEmpty() ? "Not cited" : "Cited by:"));
        links.getStyleClass().add(Styles.CITED_BY);
        for (Citations.Citing citation : citing) {
            Hyperlink link = new Hyperlink(quoted(citation));
            link.setOnAction(event -> {
                reader.select(citation.panel().id());
                reading.revealBlock(citation.block().id());
                owner.requestFocus();
            });
            links.getChildren().add(link);
        }
        VBox box = new VBox(title, text, links);
        box.getStyleClass().add(Styles.SOURCE_ENTRY);
        box.setId(SOURCE_ID_PREFIX + source.id());
        return box;
    }

    /** "Trade: ‘The summit follows a trade deal that cut…’": the panel and the start of the citing statement. */
    private static String quoted(Citations.Citing citation) {
        String text = BlockText.of(citation.block()).strip();
        String[] words = text.split("\\s+");
        String start = words.length <= QUOTED_WORDS ? text
                : String.join(" ", Arrays.copyOf(words, QUOTED_WORDS)) + "…";
        return citation.panel().title() + ": ‘" + start + "’";
    }
}
