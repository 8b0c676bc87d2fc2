package org.briefingviewer.reader;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.PopOver;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;
import org.briefingviewer.ui.SelectablePage;
import org.briefingviewer.ui.Styles;

/** Builds the node for each kind of block, with the block's citation marks. */
final class BlockViews {

    private static final double SOURCE_POPOVER_WIDTH = 420;
    private static final double TIMELINE_DOT_RADIUS = 6;
    /** The light plate's margin around a picture, which the slide layout counts too. */
    private static final double PICTURE_PLATE_PADDING = 8;
    /** How far below a row's top its dot's centre stands: the radius and the stylesheet's 4 px nudge. */
    private static final double TIMELINE_DOT_CENTRE = TIMELINE_DOT_RADIUS + 4;
    /** The stylesheet's gap between timeline rows ({@code .timeline-events}). */
    private static final double TIMELINE_ROW_GAP = 14;

    private final Function<String, SourceParagraph> sources;
    private final Map<String, ImageData> images;
    private final Consumer<LinkBlock> linkHandler;
    private final Supplier<Consumer<String>> sourceOpener;

    /**
     * @param sourceOpener what shows a source paragraph, by id, in the Source Text window, asked when a popover
     *                     opens; it gives null where there is none
     */
    BlockViews(Briefing briefing, Consumer<LinkBlock> linkHandler, Supplier<Consumer<String>> sourceOpener) {
        this.sources = id -> briefing.source(id).orElse(null);
        this.images = briefing.images();
        this.linkHandler = linkHandler;
        this.sourceOpener = sourceOpener;
    }

    Node create(Block block) {
        if (block instanceof KeyFigure figure) {
            VBox card = keyFigure(figure);
            card.getChildren().add(citations(block.citesInSourceOrder()));
            card.getProperties().put(SelectablePage.COPIES_AS, copyText(figure));
            return card;
        }
        return withCitations(content(block), block.citesInSourceOrder());
    }

    private Node content(Block block) {
        if (block instanceof Heading heading) {
            return heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            return wrapped(paragraph.text(), Styles.PARAGRAPH);
        } else if (block instanceof BulletList list) {
            return bulletList(list);
        } else if (block instanceof BarChart chart) {
            return barChart(chart);
        } else if (block instanceof Quote quote) {
            return quote(quote);
        } else if (block instanceof Callout callout) {
            return callout(callout);
        } else if (block instanceof ImageBlock image) {
            return image(image);
        } else if (block instanceof LinkBlock link) {
            return link(link);
        } else if (block instanceof Timeline timeline) {
            return timeline(timeline);
        } else if (block instanceof Table table) {
            return table(table);
        } else if (block instanceof CodeBlock code) {
            return code(code);
        }
        throw new IllegalArgumentException("No view for blocks of kind " + block.getClass().getSimpleName());
    }

    private Node heading(Heading heading) {
        Label label = wrapped(heading.text(), Styles.HEADING_PREFIX + heading.level());
        label.setAccessibleRole(AccessibleRole.TEXT);
        return label;
    }

    private Node bulletList(BulletList list) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.BULLET_LIST);
        if (list.title() != null) {
            box.getChildren().add(wrapped(list.title(), Styles.BLOCK_TITLE));
        }
        for (BulletList.Item item : list.items()) {
            VBox row = new VBox(point("•", item.text()));
            row.getStyleClass().add(Styles.BULLET_ROW);
            for (String below : item.items()) {
                HBox subPoint = point("–", below);
                subPoint.getStyleClass().add(Styles.BULLET_SUB_ROW);
                row.getChildren().add(subPoint);
            }
            box.getChildren().add(row);
        }
        return box;
    }

    private static HBox point(String mark, String text) {
        Label bullet = new Label(mark);
        bullet.getStyleClass().add(Styles.BULLET);
        bullet.setMinWidth(Region.USE_PREF_SIZE);
        Label label = wrapped(text, Styles.PARAGRAPH);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox point = new HBox(bullet, label);
        point.getStyleClass().add(Styles.BULLET_POINT);
        point.setAlignment(Pos.TOP_LEFT);
        return point;
    }

    /** A key figure as text: "$350 billion — South Korean investment … [p2]". */
    static String copyText(KeyFigure figure) {
        String before = figure.hasBefore() ? FigureFormat.value(figure, figure.before()) + " → " : "";
        String approximately = figure.approximate() ? "≈ " : "";
        return before + approximately + FigureFormat.value(figure, figure.value()) + " — " + figure.label()
                + " " + marks(figure.citesInSourceOrder());
    }

    /** Source marks as the reader sees them, in source order: "[p1, p2]". */
    static String marks(List<String> cites) {
        return "[" + String.join(", ", cites) + "]";
    }

    private VBox keyFigure(KeyFigure figure) {
        HBox values = new HBox();
        values.getStyleClass().add(Styles.FIGURE_VALUES);
        values.setMinWidth(Region.USE_PREF_SIZE);
        values.setAlignment(Pos.BASELINE_LEFT);
        if (figure.hasBefore()) {
            values.getChildren().addAll(
                    styled(new Label(FigureFormat.value(figure, figure.before())), Styles.FIGURE_BEFORE),
                    styled(new Label("→"), Styles.FIGURE_ARROW));
        }
        String approximately = figure.approximate() ? "≈ " : "";
        values.getChildren().add(styled(new Label(approximately + FigureFormat.value(figure, figure.value())),
                Styles.FIGURE_VALUE));
        VBox card = new VBox(values, wrapped(figure.label(), Styles.FIGURE_LABEL));
        card.getStyleClass().add(Styles.FIGURE_CARD);
        card.setFocusTraversable(false);
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleText(FigureFormat.describe(figure));
        return card;
    }

    private Node barChart(BarChart chart) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.BAR_ROWS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(34);
        ColumnConstraints bars = new ColumnConstraints();
        bars.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints();
        values.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, bars, values);
        double max = chart.maxValue();
        for (int row = 0; row < chart.bars().size(); row++) {
            BarChart.Bar bar = chart.bars().get(row);
            grid.addRow(row, wrapped(bar.label(), Styles.BAR_LABEL), bar(bar.value(), max),
                    styled(new Label(FigureFormat.number(bar.value())), Styles.BAR_VALUE));
        }
        Label title = wrapped(chart.title() + " (" + chart.unit() + ")", Styles.BLOCK_TITLE);
        VBox box = new VBox(title, grid);
        box.getStyleClass().add(Styles.BAR_CHART);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(chart.describe());
        return box;
    }

    private static Node bar(double value, double max) {
        Region bar = new Region();
        bar.getStyleClass().add(Styles.BAR);
        StackPane track = new StackPane(bar);
        track.getStyleClass().add(Styles.BAR_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        double share = max <= 0 ? 0 : value / max;
        bar.maxWidthProperty().bind(track.widthProperty().multiply(share));
        bar.setMinWidth(0);
        return track;
    }

    private Node quote(Quote quote) {
        VBox box = new VBox(
                wrapped("“" + quote.text() + "”", Styles.QUOTE_TEXT),
                wrapped("— " + quote.speaker(), Styles.QUOTE_SPEAKER));
        box.getStyleClass().add(Styles.QUOTE);
        return box;
    }

    private Node callout(Callout callout) {
        VBox box = new VBox(wrapped(callout.title(), Styles.CALLOUT_TITLE), wrapped(callout.text(), Styles.PARAGRAPH));
        box.getStyleClass().addAll(Styles.CALLOUT,
                Styles.CALLOUT_TONE_PREFIX + callout.tone().name().toLowerCase(Locale.ROOT));
        return box;
    }

    private Node image(ImageBlock block) {
        ImageData data = images.get(block.src());
        VBox box = new VBox();
        box.getStyleClass().add(Styles.IMAGE_BLOCK);
        if (data != null) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(data.bytes())));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.min(data.width(),
                    box.widthProperty().subtract(2 * PICTURE_PLATE_PADDING)));
            view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            view.setAccessibleText(block.alt());
            box.getChildren().add(plate(view));
        }
        if (block.caption() != null) {
            box.getChildren().add(wrapped(block.caption(), Styles.IMAGE_CAPTION));
        }
        return box;
    }

    /**
     * A picture stands on a light plate, so one drawn for white paper, with a transparent background, stays
     * legible in the dark theme; on the light themes the plate is barely there.
     */
    private static StackPane plate(ImageView view) {
        StackPane plate = new StackPane(view);
        plate.getStyleClass().add(Styles.PICTURE_PLATE);
        plate.setPadding(new Insets(PICTURE_PLATE_PADDING));
        plate.setAlignment(Pos.TOP_LEFT);
        plate.setMaxWidth(Region.USE_PREF_SIZE);
        return plate;
    }

    private Node link(LinkBlock block) {
        if (!block.isOpenable()) {
            return wrapped(block.text() + " (" + block.href() + ")", Styles.PARAGRAPH);
        }
        Hyperlink link = new Hyperlink(block.text());
        link.getStyleClass().add(Styles.LINK);
        link.setTooltip(new Tooltip(block.href()));
        link.setAccessibleHelp(block.href());
        link.setWrapText(true);
        link.setOnAction(event -> linkHandler.accept(block));
        return link;
    }

    private Node timeline(Timeline timeline) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.TIMELINE);
        if (timeline.title() != null) {
            box.getChildren().add(wrapped(timeline.title(), Styles.BLOCK_TITLE));
        }
        GridPane events = new GridPane();
        events.getStyleClass().add(Styles.TIMELINE_EVENTS);
        ColumnConstraints dots = new ColumnConstraints();
        dots.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints whens = new ColumnConstraints();
        whens.setPercentWidth(26);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        events.getColumnConstraints().addAll(dots, whens, texts);
        for (int row = 0; row < timeline.events().size(); row++) {
            Timeline.Event event = timeline.events().get(row);
            Circle dot = new Circle(TIMELINE_DOT_RADIUS);
            dot.getStyleClass().add(Styles.TIMELINE_DOT);
            Label when = wrapped(event.when(), Styles.TIMELINE_WHEN);
            Label text = wrapped(event.text(), Styles.PARAGRAPH);
            events.addRow(row, dot, when, text);
            for (Node cell : List.of(dot, when, text)) {
                GridPane.setValignment(cell, VPos.TOP);
            }
        }
        if (timeline.events().size() > 1) {
            Region line = timelineLine();
            GridPane.setConstraints(line, 0, 0, 1, timeline.events().size() - 1);
            events.getChildren().add(0, line);
        }
        box.getChildren().add(events);
        return box;
    }

    /**
     * The line joining the dots, from the first dot's centre down through the gap below the last row it spans to
     * the last dot's centre; it stands behind the dots.
     */
    private static Region timelineLine() {
        Region line = new Region();
        line.getStyleClass().add(Styles.TIMELINE_LINE);
        line.setMinHeight(0);
        line.setPrefHeight(0);
        GridPane.setHalignment(line, HPos.CENTER);
        GridPane.setValignment(line, VPos.TOP);
        GridPane.setFillHeight(line, true);
        line.setMaxHeight(Double.MAX_VALUE);
        GridPane.setMargin(line, new Insets(TIMELINE_DOT_CENTRE, 0, -(TIMELINE_ROW_GAP + TIMELINE_DOT_CENTRE), 0));
        return line;
    }

    private Node table(Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.TABLE_GRID);
        for (int column = 0; column < table.header().size(); column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
            grid.add(tableCell(table.header().get(column), Styles.TABLE_HEADER), column, 0);
        }
        for (int row = 0; row < table.rows().size(); row++) {
            for (int column = 0; column < table.header().size(); column++) {
                grid.add(tableCell(table.cell(row, column), Styles.TABLE_CELL), column, row + 1);
            }
        }
        VBox box = new VBox(grid);
        box.getStyleClass().add(Styles.TABLE);
        if (table.caption() != null) {
            box.getChildren().add(0, wrapped(table.caption(), Styles.BLOCK_TITLE));
        }
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(table.describe());
        return box;
    }

    private static Label tableCell(String text, String styleClass) {
        Label cell = wrapped(text, styleClass);
        cell.setMaxHeight(Double.MAX_VALUE);
        GridPane.setValignment(cell, VPos.TOP);
        return cell;
    }

    private static Node code(CodeBlock code) {
        Label text = styled(new Label(code.text()), Styles.CODE_TEXT);
        text.setWrapText(false);
        ScrollPane scroller = new ScrollPane(text);
        scroller.getStyleClass().add(Styles.CODE_BLOCK);
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        scroller.setAccessibleRole(AccessibleRole.TEXT);
        scroller.setAccessibleText((code.language() == null ? "Code" : code.language() + " code") + ": " + code.text());
        return scroller;
    }

    private Node withCitations(Node content, List<String> cites) {
        HBox marks = citations(cites);
        HBox.setHgrow(content, Priority.ALWAYS);
        if (content instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        HBox row = new HBox(content, marks);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private HBox citations(List<String> cites) {
        HBox marks = new HBox();
        marks.getStyleClass().add(Styles.CITATIONS);
        marks.setAlignment(Pos.BASELINE_RIGHT);
        for (String cited : cites) {
            marks.getChildren().add(citation(cited));
        }
        return marks;
    }

    /** A citation mark: focusable, and Enter or a click shows the cited paragraph in a popover. */
    private Hyperlink citation(String sourceId) {
        Hyperlink mark = new Hyperlink(sourceId);
        mark.getStyleClass().add(Styles.CITATION);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        SourceParagraph source = sources.apply(sourceId);
        String text = source == null ? sourceId : source.text();
        String title = "Source paragraph " + sourceId.substring(1);
        mark.setAccessibleText(title + ": " + text);
        mark.setAccessibleHelp("Press Enter to read the source paragraph");
        mark.setOnAction(event -> showSource(mark, sourceId, title, text));
        return mark;
    }

    private void showSource(Hyperlink mark, String sourceId, String title, String text) {
        Label heading = styled(new Label(title), Styles.SOURCE_TITLE);
        Label body = wrapped(text, Styles.SOURCE_TEXT);
        VBox content = new VBox(heading, body);
        content.getStyleClass().add(Styles.SOURCE_POPOVER);
        content.setPrefWidth(SOURCE_POPOVER_WIDTH);
        SelectablePage page = new SelectablePage();
        page.setContent(content);
        PopOver popOver = new PopOver(page);
        page.offerCopyIn(popOver.getScene());
        Consumer<String> opener = sourceOpener.get();
        if (opener != null) {
            Hyperlink inSourceText = new Hyperlink("Show in source text");
            inSourceText.setOnAction(event -> {
                popOver.hide();
                opener.accept(sourceId);
            });
            content.getChildren().add(inSourceText);
        }
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.show(mark);
        mark.setVisited(false);
    }

    static Label wrapped(String text, String styleClass) {
        Label label = styled(new WrappedLabel(text), styleClass);
        label.setMinWidth(Region.USE_COMPUTED_SIZE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
