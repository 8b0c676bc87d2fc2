package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfContentTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @ParameterizedTest
    @EnumSource(Layout.class)
    void textContainsEveryParagraphOfTheChosenPanelsInOrder(Layout layout) throws IOException {
        ExportOptions options = new ExportOptions(List.of("defense", "trade"), layout, PageSize.A4, false, false);

        String text = normalised(withoutPageFurniture(textOf(render(options))));

        int from = 0;
        for (String paragraph : paragraphsOf(options)) {
            int at = text.indexOf(normalised(paragraph), from);
            assertThat(at).as("paragraph after position %d: %s", from, paragraph).isGreaterThanOrEqualTo(0);
            from = at;
        }
        assertThat(text).doesNotContain("Overview").doesNotContain(normalised(paragraphOf("alliance-stakes")));
    }

    @Test
    void bookmarksNameEachPanelAndEachHeadingInDocumentLayout() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new ExportOptions(List.of(), Layout.DOCUMENT, PageSize.A4,
                false, true)))) {
            List<String> panels = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                panels.add(item.getTitle());
                item.children().forEach(child -> headings.add(child.getTitle()));
            }

            assertThat(panels).containsExactly("Overview", "Trade", "Defense", "Industries", "Alliance outlook",
                    "Sources");
            assertThat(headings).containsExactly("Trade at the summit", "Restructuring the alliance", "What to watch");
        }
    }

    @Test
    void letterPagesHaveLetterSize() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new ExportOptions(List.of("trade"), Layout.DOCUMENT,
                PageSize.LETTER, false, false)))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyPageCarriesTheHandlingMarkingAndAllButSlidesTheirNumber(Layout layout) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new ExportOptions(List.of(), layout, PageSize.A4, true, true)))) {
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).as("page %d", page).contains(SUMMIT.metadata().handling());
                if (layout != Layout.SLIDES) {
                    assertThat(text).as("page %d, which the room's view does not number", page)
                            .contains(page + " / " + pages);
                }
            }
            assertThat(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .startsWith("1", "2");
        }
    }

    @Test
    void speakerNotesInADocumentFollowTheirPanelOnItsPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new ExportOptions(List.of(), Layout.DOCUMENT, PageSize.A4,
                true, false)))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(normalised(withoutPageFurniture(stripper.getText(pdf))))
                        .as("page %d starts with the notes of the panel before it", page)
                        .doesNotStartWith("Speaker notes");
            }
        }
    }

    @Test
    void personalNotesArePrintedWithTheirPanel() throws IOException {
        String text = normalised(textOf(render(new ExportOptions(List.of("trade"), Layout.DOCUMENT, PageSize.A4,
                false, false, java.util.Map.of("trade", "Ask about the car tariff")))));

        assertThat(text).contains("My notes Ask about the car tariff");
    }

    @Test
    void citationMarksLinkToTheSourcesAppendix() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new ExportOptions(List.of("trade"), Layout.DOCUMENT,
                PageSize.A4, false, true)))) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links.add(link);
                    }
                }
            }
            assertThat(links).isNotEmpty().allSatisfy(link -> {
                assertThat(link.getContents()).startsWith("Source paragraph ");
                assertThat(link.getAction() instanceof PDActionGoTo || link.getDestination() != null).isTrue();
            });
            assertThat(normalised(withoutPageFurniture(textOf(pdf))))
                    .contains(normalised(SUMMIT.source("p2").orElseThrow().text()));
        }
    }

    @Test
    void metadataAgreesBetweenInfoDictionaryAndXmp() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(ExportOptions.wholeBriefing(Layout.DOCUMENT)))) {
            var info = pdf.getDocumentInformation();
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(metadata.toByteArray());

            assertThat(info.getTitle()).isEqualTo(SUMMIT.metadata().title())
                    .isEqualTo(xmp.getDublinCoreSchema().getTitle());
            assertThat(info.getSubject()).isEqualTo(SUMMIT.metadata().subtitle())
                    .isEqualTo(xmp.getDublinCoreSchema().getDescription());
            assertThat(info.getKeywords()).contains("Trade").isEqualTo(xmp.getAdobePDFSchema().getKeywords());
            Calendar created = info.getCreationDate();
            assertThat(created).isNotNull();
            assertThat(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis() / 1000)
                    .isEqualTo(created.getTimeInMillis() / 1000);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(SUMMIT.metadata().language());
        }
    }

    @Test
    void everyFontIsEmbeddedAndIsTheShippedNotoSans() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(new ExportOptions(List.of(), Layout.DOCUMENT, PageSize.A4,
                true, true)))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans(Mono)?(-\\w+)?");
            });
        }
    }

    @Test
    void arrowsAndMathsAreRealTextAndCharactersNoFontHasAreMarkedAsReplaced() throws IOException {
        Panel first = SUMMIT.panels().get(0);
        List<Block> blocks = List.of(new Paragraph("odd", List.of("p1"),
                "Tariff 25% \u2192 15%, \u2248 28,500 \u2212 and \uD83D\uDE42 \uD55C\uBBF8 zero\uFEFFwidth"));
        Briefing odd = new Briefing(1, SUMMIT.metadata(), SUMMIT.sources(), List.of(new Panel(first.id(),
                first.title(), first.icon(), first.summary(), blocks, List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(odd, ExportOptions.wholeBriefing(Layout.DOCUMENT), out);

        assertThat(textOf(out.toByteArray())).contains("Tariff 25% \u2192 15%, \u2248 28,500 \u2212 and \uFFFD"
                + " \uFFFD\uFFFD zero\u2060width").doesNotContain("\uD83D\uDE42", "\uD55C");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void keyFiguresAndChartLabelsAndValuesCanBeFoundAsText(Layout layout) throws IOException {
        String text = normalised(withoutPageFurniture(textOf(render(ExportOptions.wholeBriefing(layout)))));

        List<String> expected = new ArrayList<>();
        for (Panel panel : SUMMIT.panels()) {
            for (Block block : panel.blocks()) {
                if (block instanceof KeyFigure figure) {
                    expected.add((figure.hasBefore() ? FigureFormat.value(figure, figure.before()) + " \u2192 " : "")
                            + (figure.approximate() ? "\u2248 " : "") + FigureFormat.value(figure, figure.value()));
                } else if (block instanceof BarChart chart) {
                    chart.bars().forEach(bar -> expected.add(bar.label() + " " + FigureFormat.number(bar.value())));
                }
            }
        }
        assertThat(expected).contains("25% \u2192 15%", "$350 billion", "\u2248 28,500");
        assertThat(text).contains(expected);
    }

    @Test
    void citationMarksStandInTheOrderOfTheSourceText() throws IOException {
        assertThat(SUMMIT.panels().get(0).blocks()).anySatisfy(block ->
                assertThat(block.cites()).containsExactly("p2", "p1", "p7"));

        String text = normalised(textOf(render(new ExportOptions(List.of("overview"), Layout.DOCUMENT, PageSize.A4,
                false, false))));

        assertThat(text).contains("Source: [p1][p2][p7]").doesNotContain("[p2][p1]");
    }

    private static List<String> paragraphsOf(ExportOptions options) {
        List<String> paragraphs = new ArrayList<>();
        for (Panel panel : options.panelsOf(SUMMIT)) {
            for (Block block : panel.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    paragraphs.add(paragraph.text());
                }
            }
        }
        return paragraphs;
    }

    private static String paragraphOf(String blockId) {
        return SUMMIT.panels().stream().flatMap(panel -> panel.blocks().stream())
                .filter(block -> block.id().equals(blockId)).map(block -> ((Paragraph) block).text())
                .findFirst().orElseThrow();
    }

    static byte[] render(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(SUMMIT, options, out);
        return out.toByteArray();
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return textOf(document);
        }
    }

    static String textOf(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Running headers and footers interrupt a paragraph that crosses a page; remove them to read it whole. */
    private static String withoutPageFurniture(String text) {
        return joinLinesBrokenAtHyphens(text).replace(SUMMIT.metadata().handling(), " ").replace(SUMMIT.metadata().title(), " ")
                .replaceAll("\\d+ / \\d+", " ");
    }

    /** The layout breaks lines after hyphens but never hyphenates words, so a hyphen ending a line is a real one. */
    static String joinLinesBrokenAtHyphens(String text) {
        return text.replaceAll("-\\s*\\R", "-");
    }

    static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
