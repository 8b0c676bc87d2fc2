package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Every layout passes veraPDF's PDF/A-2u and PDF/UA-1 rules. */
class PdfConformanceTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void passesPdfA2u(Layout layout) throws Exception {
        assertThat(failedRules(export(layout), PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void passesPdfUa1(Layout layout) throws Exception {
        assertThat(failedRules(export(layout), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void exampleWithAPictureAndALinkPassesBoth() throws Exception {
        Briefing example = new BriefingLoader().load(Path.of("docs", "examples", "minimal"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(example, new ExportOptions(List.of(), Layout.DOCUMENT, PageSize.A4, true, true), out,
                () -> { });

        assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void slidesWithAPageForEachBuildStepPassBoth() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(SUMMIT, ExportOptions.wholeBriefing(Layout.SLIDES).withSteps(true), out, () -> { });

        assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void exampleWithEveryBlockKindPassesBothAsSlidesAndNotesPages() throws Exception {
        Briefing example = new BriefingLoader().load(Path.of("docs", "examples", "minimal"));
        for (Layout layout : List.of(Layout.SLIDES, Layout.NOTES)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRenderer.render(example, ExportOptions.wholeBriefing(layout), out, () -> { });

            assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_U)).as(layout.name()).isEmpty();
            assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).as(layout.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void headingsThatSkipLevelsAreNestedProperly(Layout layout) throws Exception {
        Panel first = SUMMIT.panels().get(0);
        List<org.briefingviewer.model.Block> blocks = new java.util.ArrayList<>(first.blocks());
        blocks.add(0, new org.briefingviewer.model.Heading("deep", List.of("p1"), "Straight to level four", 4));
        blocks.add(2, new org.briefingviewer.model.Heading("deeper", List.of("p1"), "Level three", 3));
        Briefing skipping = new Briefing(1, SUMMIT.metadata(), SUMMIT.sources(), List.of(new Panel(first.id(),
                first.title(), first.icon(), first.summary(), blocks, first.speakerNotes())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(skipping, new ExportOptions(List.of(), layout, PageSize.A4, false, false), out, () -> { });

        assertThat(failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static byte[] export(Layout layout) throws Exception {
        ExportOptions options = new ExportOptions(List.of(), layout, PageSize.A4, true, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(SUMMIT, options, out, () -> { });
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", layout.name().toLowerCase() + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             InputStream in = new ByteArrayInputStream(pdf);
             PDFAParser parser = foundry.createParser(in, flavour);
             PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .collect(Collectors.toList());
        }
    }
}
