package org.briefingviewer.export;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.briefingviewer.model.Briefing;

/**
 * Prints a layout of a briefing by rendering the same PDF that export writes and handing its pages to the
 * platform's printing (PDFBox's {@link PDFPageable} on {@link PrinterJob}): pages, order and orientation as the
 * PDF's, each page shrunk to the paper if it is larger.
 */
public final class PdfPrinter {

    /** The printers this machine can print on. */
    public interface Printers {
        Printers SYSTEM = new Printers() {
            @Override
            public List<PrintService> all() {
                return Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
            }

            @Override
            public Optional<PrintService> preferred() {
                return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService())
                        .or(Printers.super::preferred);
            }
        };

        List<PrintService> all();

        /** The default printer: the first, unless the system says otherwise. */
        default Optional<PrintService> preferred() {
            return all().stream().findFirst();
        }
    }

    private final Printers printers;

    public PdfPrinter() {
        this(Printers.SYSTEM);
    }

    public PdfPrinter(Printers printers) {
        this.printers = printers;
    }

    /**
     * @param printer the printer's name, or null for the default printer
     * @return how many pages were sent
     */
    public int print(Briefing briefing, ExportOptions options, String printer, int copies, ExportProgress progress)
            throws ExportException, ExportCancelledException {
        if (options.panelsOf(briefing).isEmpty()) {
            throw new ExportException("Choose at least one panel to print.");
        }
        PrintService service = printerNamed(printer);
        progress.update(0.1, "Laying out pages");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRenderer.render(briefing, options, pdf, () -> progress.update(0.5, "Laying out pages"));
        } catch (IOException | RuntimeException e) {
            throw new ExportException("The pages could not be laid out for printing: " + e.getMessage(), e);
        }
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
        progress.update(0.7, "Sending to " + service.getName());
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(briefing.metadata().title());
            job.setCopies(Math.max(1, copies));
            job.setPageable(new PDFPageable(document, Orientation.AUTO, false, 0, true));
            job.print();
            progress.update(1, "Sent to " + service.getName());
            return document.getNumberOfPages();
        } catch (PrinterException e) {
            throw new ExportException(service.getName() + " did not take the print job: " + reason(e) + ".", e);
        } catch (IOException e) {
            throw new ExportException("The pages could not be read for printing: " + e.getMessage(), e);
        }
    }

    /** The names of the printers this machine can print on, the default first. */
    public List<String> printerNames() {
        String preferred = printers.preferred().map(PrintService::getName).orElse("");
        return printers.all().stream().map(PrintService::getName)
                .sorted(Comparator.comparing(name -> !name.equals(preferred))).toList();
    }

    /** Java's printing often wraps the reason (such as a missing lpr command) in an exception without a message. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private PrintService printerNamed(String name) throws ExportException {
        List<PrintService> all = printers.all();
        if (all.isEmpty()) {
            throw new ExportException("No printer is installed. Add one in the system's printer settings, or export "
                    + "to PDF and print that.");
        }
        Optional<PrintService> found = name == null ? printers.preferred()
                : all.stream().filter(service -> service.getName().equals(name)).findFirst();
        return found.orElseThrow(() -> new ExportException("There is no printer named \"" + name
                + "\". Printers: " + String.join(", ", all.stream().map(PrintService::getName).toList()) + "."));
    }
}
