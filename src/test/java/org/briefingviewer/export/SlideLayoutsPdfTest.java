package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingviewer.export.PdfContentTest.normalised;
import static org.briefingviewer.export.PdfContentTest.render;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.SlidePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The slides PDF, the notes pages and the handout draw the pages of the one slide layout, as presenting does. */
class SlideLayoutsPdfTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();
    private static final List<SlidePage> PAGES = new SlideLayout(SUMMIT).pagesOf(SUMMIT.panels());

    @Test
    void slidesAreThePresentedPagesInOrderOnTheStagesProportions() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(options(Layout.SLIDES)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(PAGES.size());
            for (int page = 0; page < PAGES.size(); page++) {
                assertThat(lines(pdf, page)).as("page %d", page + 1).contains(PAGES.get(page).title());
                PDPage sheet = pdf.getPage(page);
                assertThat(sheet.getMediaBox().getWidth() / sheet.getMediaBox().getHeight())
                        .isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(0.01f));
            }
        }
    }

    @Test
    void slidesNeverInterleaveSpeakerNotesEvenWhenAsked() throws IOException {
        String text = normalised(PdfContentTest.textOf(render(new ExportOptions(List.of(), Layout.SLIDES,
                PageSize.A4, true, false))));

        for (String note : SUMMIT.panels().get(0).speakerNotes()) {
            assertThat(text).doesNotContain(normalised(note));
        }
    }

    @Test
    void withStepsEachBuildStepHasAPageThatShowsOnlyWhatIsRevealed() throws IOException {
        int steps = PAGES.stream().mapToInt(page -> page.buildSteps() + 1).sum();
        try (PDDocument pdf = Loader.loadPDF(render(options(Layout.SLIDES).withSteps(true)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(steps);
            String none = normalised(text(pdf, 0));
            String two = normalised(text(pdf, 2));
            String all = normalised(text(pdf, 4));
            assertThat(none).contains("Overview (1/2)").doesNotContain("Defense cooperation")
                    .as("the figure after a list still revealing").doesNotContain("15%");
            assertThat(two).contains("Trade", "Defense cooperation").doesNotContain("Security issues");
            assertThat(all).contains("Broader strategic and economic opportunities", "15%");
        }
    }

    @Test
    void notesPagesPutEachPresentedPageAboveItsPanelsNotes() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(options(Layout.NOTES)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(PAGES.size());
            for (int page = 0; page < PAGES.size(); page++) {
                String text = normalised(PdfContentTest.joinLinesBrokenAtHyphens(text(pdf, page)));
                SlidePage slide = PAGES.get(page);
                assertThat(text).contains(slide.title(), "Speaker notes");
                assertThat(text.indexOf(slide.title())).isLessThan(text.indexOf("Speaker notes"));
                slide.panel().speakerNotes().forEach(note -> assertThat(text).contains(normalised(note)));
                PDPage sheet = pdf.getPage(page);
                assertThat(sheet.getMediaBox().getHeight()).isGreaterThan(sheet.getMediaBox().getWidth());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 6})
    void handoutsHoldTwoThreeOrSixSlidesAPageBesideLinesAndNoNotes(int perPage) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(options(Layout.HANDOUT).withSlidesPerPage(perPage)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo((PAGES.size() + perPage - 1) / perPage);
            for (int slide = 0; slide < PAGES.size(); slide++) {
                assertThat(lines(pdf, slide / perPage)).as("slide %d", slide + 1)
                        .contains(PAGES.get(slide).title());
            }
            String text = normalised(PdfContentTest.textOf(pdf));
            assertThat(text).doesNotContain("Speaker notes");
        }
    }

    private static ExportOptions options(Layout layout) {
        return new ExportOptions(List.of(), layout, PageSize.A4, false, false);
    }

    private static List<String> lines(PDDocument pdf, int page) throws IOException {
        return text(pdf, page).lines().map(String::strip).toList();
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(pdf);
    }
}
