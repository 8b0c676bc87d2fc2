package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintServiceAttributeListener;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.junit.jupiter.api.Test;

/** Choosing a printer, and saying clearly when there is none; the pages printed are checked through CUPS-PDF. */
class PdfPrinterTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @Test
    void noPrinterInstalledIsSaidPlainlyBeforeAnythingIsLaidOut() {
        PdfPrinter printer = new PdfPrinter(List::of);

        assertThatThrownBy(() -> printer.print(SUMMIT, ExportOptions.wholeBriefing(Layout.SLIDES), null, 1,
                ExportProgress.SILENT)).isInstanceOf(ExportException.class)
                .hasMessage("No printer is installed. Add one in the system's printer settings, or export to PDF and "
                        + "print that.");
    }

    @Test
    void anUnknownPrinterIsNamedWithThePrintersThereAre() {
        PdfPrinter printer = new PdfPrinter(() -> List.of(named("Office"), named("Meeting room")));

        assertThatThrownBy(() -> printer.print(SUMMIT, ExportOptions.wholeBriefing(Layout.SLIDES), "Lobby", 1,
                ExportProgress.SILENT)).isInstanceOf(ExportException.class)
                .hasMessage("There is no printer named \"Lobby\". Printers: Office, Meeting room.");
    }

    @Test
    void theDefaultPrinterIsOfferedFirst() {
        PrintService meetingRoom = named("Meeting room");
        PdfPrinter printer = new PdfPrinter(new PdfPrinter.Printers() {
            @Override
            public List<PrintService> all() {
                return List.of(named("Office"), meetingRoom);
            }

            @Override
            public java.util.Optional<PrintService> preferred() {
                return java.util.Optional.of(meetingRoom);
            }
        });

        assertThat(printer.printerNames()).containsExactly("Meeting room", "Office");
    }

    /** A print service that only has a name: enough to be chosen, never printed on. */
    private static PrintService named(String name) {
        return new PrintService() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public DocPrintJob createPrintJob() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
            }

            @Override
            public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
            }

            @Override
            public PrintServiceAttributeSet getAttributes() {
                return new javax.print.attribute.HashPrintServiceAttributeSet();
            }

            @Override
            public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
                return null;
            }

            @Override
            public DocFlavor[] getSupportedDocFlavors() {
                return new DocFlavor[0];
            }

            @Override
            public boolean isDocFlavorSupported(DocFlavor flavor) {
                return false;
            }

            @Override
            public Class<?>[] getSupportedAttributeCategories() {
                return new Class<?>[0];
            }

            @Override
            public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
                return false;
            }

            @Override
            public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
                return null;
            }

            @Override
            public boolean isAttributeValueSupported(Attribute attrval, DocFlavor flavor, AttributeSet attributes) {
                return false;
            }

            @Override
            public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor,
                                                      AttributeSet attributes) {
                return null;
            }

            @Override
            public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
                return null;
            }

            @Override
            public ServiceUIFactory getServiceUIFactory() {
                return null;
            }
        };
    }
}
