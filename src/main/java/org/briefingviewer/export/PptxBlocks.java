package org.briefingviewer.export;

import static org.briefingviewer.export.PptxDeck.pt;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.briefingviewer.export.PptxText.Style;
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
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;
import org.briefingviewer.slides.SlideStage;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Each kind of block as PowerPoint shapes that stay editable: text boxes with bullet levels, key figures as text in
 * a card, bar charts as native charts holding their data, timelines and tables as tables, pictures as pictures.
 */
final class PptxBlocks {

    private static final Color CARD = new Color(0xf6f8fa);
    private static final Color BORDER = new Color(0xd0d7de);

    private final XMLSlideShow show;
    private final XSLFSlide slide;
    private final Briefing briefing;
    private final double scale;
    private final PptxText text;

    PptxBlocks(XMLSlideShow show, XSLFSlide slide, Briefing briefing, double scale) {
        this.show = show;
        this.slide = slide;
        this.briefing = briefing;
        this.scale = scale;
        this.text = new PptxText(slide);
    }

    void add(Block block, Rectangle2D box) {
        if (block instanceof Heading heading) {
            text.box(box, Style.heading(heading.level()).scaled(scale), heading.text());
        } else if (block instanceof Paragraph paragraph) {
            text.box(box, Style.BODY.scaled(scale), paragraph.text());
        } else if (block instanceof BulletList list) {
            bulletList(list, box);
        } else if (block instanceof KeyFigure figure) {
            keyFigure(figure, box);
        } else if (block instanceof BarChart chart) {
            barChart(chart, box);
        } else if (block instanceof Quote quote) {
            XSLFTextBox shape = text.box(box, Style.QUOTE.scaled(scale), "“" + quote.text() + "”");
            PptxText.run(PptxText.paragraph(shape), Style.SMALL.scaled(scale), "— " + quote.speaker());
        } else if (block instanceof Callout callout) {
            callout(callout, box);
        } else if (block instanceof Timeline timeline) {
            timeline(timeline, box);
        } else if (block instanceof ImageBlock image) {
            image(image, box);
        } else if (block instanceof LinkBlock link) {
            link(link, box);
        } else if (block instanceof Table table) {
            table(table, box);
        } else if (block instanceof CodeBlock code) {
            XSLFTextShape shape = card(box, CARD);
            PptxText.run(PptxText.paragraph(shape), Style.CODE.scaled(scale), code.text());
        } else {
            throw new IllegalArgumentException("No PowerPoint form for blocks of kind "
                    + block.getClass().getSimpleName());
        }
    }

    private void bulletList(BulletList list, Rectangle2D box) {
        XSLFTextBox shape = text.emptyBox(box);
        if (list.title() != null) {
            PptxText.run(PptxText.paragraph(shape), Style.BLOCK_TITLE.scaled(scale), list.title());
        }
        for (BulletList.Item item : list.items()) {
            bullet(shape, item.text(), 0);
            item.items().forEach(below -> bullet(shape, below, 1));
        }
    }

    private void bullet(XSLFTextShape shape, String itemText, int level) {
        XSLFTextParagraph paragraph = PptxText.paragraph(shape);
        paragraph.setBullet(true);
        paragraph.setBulletCharacter(level == 0 ? "•" : "–");
        paragraph.setIndentLevel(level);
        double hanging = pt(SlideStage.px(1.3) * scale);
        paragraph.setLeftMargin(hanging * (level + 1));
        paragraph.setIndent(-hanging);
        paragraph.setSpaceBefore(pt(4 * scale));
        PptxText.run(paragraph, Style.BODY.scaled(scale), itemText);
    }

    private void keyFigure(KeyFigure figure, Rectangle2D box) {
        XSLFTextShape card = card(box, CARD);
        XSLFTextParagraph values = PptxText.paragraph(card);
        if (figure.hasBefore()) {
            PptxText.run(values, Style.FIGURE_BEFORE.scaled(scale),
                    FigureFormat.value(figure, figure.before()) + " → ");
        }
        String approximately = figure.approximate() ? "≈ " : "";
        PptxText.run(values, Style.FIGURE_VALUE.scaled(scale), approximately
                + FigureFormat.value(figure, figure.value()));
        PptxText.run(PptxText.paragraph(card), Style.FIGURE_LABEL.scaled(scale), figure.label());
    }

    private void callout(Callout callout, Rectangle2D box) {
        XSLFTextShape shape = card(box, switch (callout.tone()) {
            case NOTE -> new Color(0xddf4ff);
            case CONCERN -> new Color(0xfff8c5);
            case RISK -> new Color(0xffebe9);
        });
        XSLFTextParagraph title = PptxText.paragraph(shape);
        String tone = callout.tone().name().charAt(0) + callout.tone().name().substring(1).toLowerCase(Locale.ROOT);
        PptxText.run(title, Style.BLOCK_TITLE.scaled(scale), tone + ": " + callout.title());
        PptxText.run(PptxText.paragraph(shape), Style.BODY.scaled(scale), callout.text());
    }

    /** A filled, outlined box with its text inside, inset as the stage's cards are. */
    private XSLFTextShape card(Rectangle2D box, Color fill) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(box);
        shape.setFillColor(fill);
        shape.setLineColor(BORDER);
        shape.setLineWidth(0.75);
        PptxText.prepare(shape);
        double inset = pt(14 * scale);
        shape.setInsets(new Insets2D(inset, inset, inset, inset));
        return shape;
    }

    private void barChart(BarChart barChart, Rectangle2D box) {
        Rectangle2D below = titled(barChart.title() + " (" + barChart.unit() + ")", box);
        XSLFChart chart = show.createChart();
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(below.getX()), Units.toEMU(below.getY()),
                Units.toEMU(below.getWidth()), Units.toEMU(below.getHeight())));
        XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.LEFT);
        labels.setOrientation(AxisOrientation.MAX_MIN);
        labels.getOrAddTextProperties().setFontSize(Style.SMALL.scaled(scale).points());
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setVisible(false);
        List<BarChart.Bar> bars = barChart.bars();
        int last = bars.size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                bars.stream().map(BarChart.Bar::label).toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, last, 0, 0)), 0);
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(
                bars.stream().map(BarChart.Bar::value).toArray(Double[]::new),
                chart.formatRange(new CellRangeAddress(1, last, 1, 1)), 1);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
        series.setTitle(barChart.unit(), chart.setSheetTitle(barChart.unit(), 1));
        XDDFShapeProperties bar = new XDDFShapeProperties();
        bar.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x09, 0x69, (byte) 0xda})));
        series.setShapeProperties(bar);
        showValues(series.getCTBarSer().addNewDLbls());
        chart.plot(data);
    }

    /** Each bar's value written at its end, as the stage writes it: the value axis is left out. */
    private static void showValues(CTDLbls labels) {
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private void timeline(Timeline timeline, Rectangle2D box) {
        Rectangle2D below = titled(timeline.title(), box);
        List<List<String>> rows = timeline.events().stream().map(event -> List.of(event.when(), event.text()))
                .toList();
        table(rows, below, false, List.of(0.26, 0.74));
    }

    private void table(Table table, Rectangle2D box) {
        Rectangle2D below = titled(table.caption(), box);
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        for (int row = 0; row < table.rows().size(); row++) {
            int index = row;
            rows.add(IntStream.range(0, table.header().size())
                    .mapToObj(column -> table.cell(index, column)).toList());
        }
        int columns = table.header().size();
        table(rows, below, true, Collections.nCopies(columns, 1.0 / columns));
    }

    /** A title above a block, as a text box of its own; returns the room left below it. */
    private Rectangle2D titled(String title, Rectangle2D box) {
        if (title == null) {
            return box;
        }
        double height = pt((SlideStage.lineHeight(SlideStage.BLOCK_TITLE) + 6) * scale);
        text.box(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), height),
                Style.BLOCK_TITLE.scaled(scale), title);
        return new Rectangle2D.Double(box.getX(), box.getY() + height, box.getWidth(),
                Math.max(height, box.getHeight() - height));
    }

    private void table(List<List<String>> rows, Rectangle2D box, boolean header, List<Double> shares) {
        XSLFTable table = slide.createTable(rows.size(), shares.size());
        table.setAnchor(box);
        for (int column = 0; column < shares.size(); column++) {
            table.setColumnWidth(column, box.getWidth() * shares.get(column));
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < shares.size(); column++) {
                XSLFTableCell cell = table.getCell(row, column);
                PptxText.prepare(cell);
                double inset = pt(6 * scale);
                cell.setInsets(new Insets2D(inset, inset, inset, inset));
                boolean bold = header && row == 0 || !header && column == 0;
                Style style = Style.TABLE_TEXT.scaled(scale);
                PptxText.run(PptxText.paragraph(cell), bold ? style.inBold() : style,
                        column < rows.get(row).size() ? rows.get(row).get(column) : "");
                if (header && row == 0) {
                    cell.setFillColor(CARD);
                }
            }
        }
    }

    private void image(ImageBlock block, Rectangle2D box) {
        ImageData data = briefing.images().get(block.src());
        double top = box.getY();
        if (data != null && data.width() > 0) {
            PdfPictures.Embedded embedded = PdfPictures.forPage(data);
            XSLFPictureData picture = show.addPicture(embedded.bytes(), embedded.mediaType().equals("image/jpeg")
                    ? PictureData.PictureType.JPEG : PictureData.PictureType.PNG);
            double width = Math.min(pt(data.width() * scale), box.getWidth());
            double height = width * data.height() / data.width();
            var shape = slide.createPicture(picture);
            shape.setAnchor(new Rectangle2D.Double(box.getX(), top, width, height));
            top += height + pt(6 * scale);
        }
        if (block.caption() != null) {
            text.box(new Rectangle2D.Double(box.getX(), top, box.getWidth(), Math.max(1, box.getMaxY() - top)),
                    Style.SMALL.scaled(scale), block.caption());
        }
    }

    private void link(LinkBlock block, Rectangle2D box) {
        XSLFTextBox shape = text.box(box, Style.BODY.scaled(scale), block.text());
        XSLFTextParagraph paragraph = shape.getTextParagraphs().get(0);
        if (block.isOpenable()) {
            paragraph.getTextRuns().get(0).createHyperlink().setAddress(block.href());
        }
        PptxText.run(paragraph, Style.BODY.scaled(scale), " (" + block.href() + ")");
    }
}
