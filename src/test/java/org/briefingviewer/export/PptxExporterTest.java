package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.SlidePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PowerPoint file, read back with POI: one editable slide per presented page of the slide layout. */
class PptxExporterTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @Test
    void eachPresentedPageIsASlideWithItsTitleInTheTitlePlaceholderAndTheMarkingInItsFooter() throws IOException {
        List<SlidePage> pages = new SlideLayout(SUMMIT).pagesOf(SUMMIT.panels());
        try (XMLSlideShow show = exported(SUMMIT)) {
            assertThat(show.getSlides()).hasSize(pages.size());
            for (int index = 0; index < pages.size(); index++) {
                XSLFSlide slide = show.getSlides().get(index);
                assertThat(slide.getPlaceholder(0).getTextType()).isIn(Placeholder.TITLE, Placeholder.CENTERED_TITLE);
                assertThat(slide.getPlaceholder(0).getText()).isEqualTo(pages.get(index).title());
                assertThat(texts(slide)).anyMatch(text -> text.equals(SUMMIT.metadata().handling()));
            }
            assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight()).isCloseTo(16.0 / 9,
                    org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void keyFiguresAreTextThatCanBeEditedAndFound() throws IOException {
        try (XMLSlideShow show = exported(SUMMIT)) {
            String trade = String.join("\n", texts(show.getSlides().get(2)));

            assertThat(trade).contains("$350 billion", "South Korean investment committed to the American economy",
                    "25% → 15%");
        }
    }

    @Test
    void barChartsAreNativeChartsHoldingTheirData() throws IOException {
        try (XMLSlideShow show = exported(SUMMIT)) {
            assertThat(show.getCharts()).hasSize(1);
            XSLFChart chart = show.getCharts().get(0);
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);

            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Buying US energy");
            assertThat(series.getCategoryData().getPointAt(1)).isEqualTo("Investing in the American economy");
            assertThat(series.getValuesData().getPointAt(0).doubleValue()).isEqualTo(100);
            assertThat(series.getValuesData().getPointAt(1).doubleValue()).isEqualTo(350);
        }
    }

    @Test
    void listsKeepTheirBulletLevelsAndTimelinesTablesAndPicturesKeepTheirForm() throws Exception {
        try (XMLSlideShow show = exported(new BriefingLoader().load(Path.of("docs", "examples", "minimal")))) {
            List<XSLFTextParagraph> bullets = show.getSlides().stream().flatMap(slide -> textShapes(slide))
                    .flatMap(shape -> shape.getTextParagraphs().stream()).filter(XSLFTextParagraph::isBullet)
                    .toList();
            assertThat(bullets).extracting(XSLFTextParagraph::getText)
                    .containsExactly("Trade", "Defense cooperation", "Security issues linked to North Korea");
            assertThat(bullets).extracting(XSLFTextParagraph::getIndentLevel).containsExactly(0, 0, 1);

            List<XSLFShape> shapes = show.getSlides().stream().flatMap(slide -> slide.getShapes().stream()).toList();
            List<XSLFTable> tables = shapes.stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast)
                    .toList();
            assertThat(tables).as("the timeline and the table").hasSize(2);
            assertThat(tables.get(0).getCell(0, 0).getText()).isEqualTo("Before");
            assertThat(tables.get(1).getCell(0, 1).getText()).isEqualTo("Before the deal");
            assertThat(shapes).filteredOn(XSLFPictureShape.class::isInstance).hasSize(1);
        }
    }

    @Test
    void speakerNotesStandOnTheNotesPagesAndTheFileNamesItsBriefing() throws IOException {
        try (XMLSlideShow show = exported(SUMMIT)) {
            String notes = Arrays.stream(show.getNotesSlide(show.getSlides().get(0)).getPlaceholders())
                    .filter(shape -> shape.getTextType() == Placeholder.BODY).map(XSLFTextShape::getText)
                    .findFirst().orElseThrow();

            assertThat(notes).contains(SUMMIT.panels().get(0).speakerNotes().get(0));
            assertThat(show.getProperties().getCoreProperties().getTitle()).isEqualTo(SUMMIT.metadata().title());
        }
    }

    @Test
    void aFolderThatDoesNotExistIsSaidSoAndNothingIsWritten(@TempDir Path folder) {
        Path target = folder.resolve("missing").resolve("talk.pptx");

        assertThatThrownBy(() -> new PptxExporter().export(SUMMIT, ExportOptions.wholeBriefing(Layout.SLIDES),
                target, ExportProgress.SILENT)).isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void anExistingFileIsReplacedWhole(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("talk.pptx");
        Files.writeString(target, "an older file");

        new PptxExporter().export(SUMMIT, ExportOptions.wholeBriefing(Layout.SLIDES), target, ExportProgress.SILENT);

        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(target))) {
            assertThat(show.getSlides()).isNotEmpty();
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(target);
        }
    }

    private static XMLSlideShow exported(Briefing briefing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PptxExporter().export(briefing, ExportOptions.wholeBriefing(Layout.SLIDES), out);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Stream<XSLFTextShape> textShapes(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast);
    }

    private static List<String> texts(XSLFSlide slide) {
        return textShapes(slide).map(XSLFTextShape::getText).toList();
    }
}
