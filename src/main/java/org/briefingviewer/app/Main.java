package org.briefingviewer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingviewer.appearance.Appearance;
import org.briefingviewer.bundle.BriefingConverter;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.bundle.BundleException;
import org.briefingviewer.export.ExportCancelledException;
import org.briefingviewer.export.ExportException;
import org.briefingviewer.export.ExportOptions;
import org.briefingviewer.export.ExportProgress;
import org.briefingviewer.export.Layout;
import org.briefingviewer.export.PageSize;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.export.PdfPrinter;
import org.briefingviewer.export.PptxExporter;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code briefing-viewer} command: checks its arguments and loads the briefing, then either opens the window
 * or, with {@code --export-pdf}, writes a PDF without any display.
 */
@Command(name = "briefing-viewer", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, description = "Opens a policy briefing as navigable panels, checks it, converts it, or exports it to PDF.")
public final class Main implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "A briefing to open: a Markdown (.md) or .json file, a folder holding briefing.md or "
                    + "briefing.json, or a .briefing archive. Default: the embedded summit briefing. With --validate, one or more.")
    List<Path> files = List.of();

    @Option(names = "--validate", description = "Check each FILE and print its problems as file:line:col: "
            + "error: message; exit 1 if any has an error. Opens no window.")
    boolean validate;

    @Option(names = "--convert", arity = "2", paramLabel = "FILE",
            description = "Convert IN to OUT, in the format OUT's extension names (.md, .json or .briefing), and"
                    + " exit. IN is any briefing the viewer opens.")
    List<Path> convert = List.of();

    @Option(names = "--sample", description = "Open the embedded summit briefing, not the one shown last.")
    boolean sample;

    @Option(names = "--panel", paramLabel = "ID", description = "Open at this panel instead of the first.")
    String panelId;

    @Option(names = "--benchmark-startup", hidden = true,
            description = "Open the window, print first-frame-ms once the first panel has been drawn, and exit.")
    boolean benchmarkStartup;

    @Option(names = "--export-pdf", paramLabel = "OUT.pdf",
            description = "Export to this PDF file and exit, without opening a window.")
    Path exportTarget;

    @Option(names = "--export-pptx", paramLabel = "OUT.pptx",
            description = "Export the slides to this editable PowerPoint file and exit, without opening a window.")
    Path pptxTarget;

    @Option(names = "--print", description = "Print the chosen --layout on a printer and exit, without opening a "
            + "window.")
    boolean print;

    @Option(names = "--printer", paramLabel = "NAME", description = "With --print: the printer. Default: the "
            + "system's default printer.")
    String printerName;

    @Option(names = "--panels", paramLabel = "ID", split = ",",
            description = "With --export-pdf or --export-pptx: the panels to export (comma-separated). Default: all.")
    List<String> exportPanels = List.of();

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "document",
            description = "With --export-pdf: document, slides (the presentation), notes (notes pages) or handout. "
                    + "Default: ${DEFAULT-VALUE}.")
    Layout layout;

    @Option(names = "--steps", description = "With --layout slides: a page for each build step.")
    boolean steps;

    @Option(names = "--slides-per-page", paramLabel = "N", defaultValue = "3",
            description = "With --layout handout: 2, 3 or 6 slides a page. Default: ${DEFAULT-VALUE}.")
    int slidesPerPage;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "a4",
            description = "With --export-pdf: a4 or letter. Default: ${DEFAULT-VALUE}.")
    PageSize pageSize;

    @Option(names = "--notes", description = "With --layout document: add speaker notes (notes pages always have them).")
    boolean notes;

    @Option(names = "--sources", description = "With --export-pdf: add the cited source paragraphs as an appendix.")
    boolean sources;

    @Spec
    CommandSpec spec;

    private final Launcher launcher;
    private final PdfPrinter printer;

    private Main(Launcher launcher, PdfPrinter printer) {
        this.launcher = launcher;
        this.printer = printer;
    }

    public static void main(String[] args) {
        ToolkitStart toolkit = ToolkitStart.forArguments(Appearance::prepareControls, args);
        System.exit(run(new Launcher.Window(toolkit), args));
    }

    static int run(Launcher launcher, String... args) {
        return run(launcher, new PdfPrinter(), args);
    }

    static int run(Launcher launcher, PdfPrinter printer, String... args) {
        CommandLine commandLine = new CommandLine(new Main(launcher, printer));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((problem, ignored) -> {
            problem.getCommandLine().getErr().println("briefing-viewer: " + problem.getMessage()
                    + " (see briefing-viewer --help)");
            return USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (!convert.isEmpty()) {
            return convert(convert.get(0), convert.get(1));
        }
        if (validate) {
            return files.isEmpty() ? fail(USAGE, "--validate needs at least one FILE") : validateFiles();
        }
        if (files.size() > 1) {
            return fail(USAGE, "open one FILE at a time (more than one is for --validate)");
        }
        if (sample && !files.isEmpty()) {
            return fail(USAGE, "--sample opens the embedded briefing: give no FILE with it");
        }
        Path file = files.isEmpty() ? null : files.get(0);
        if (file != null && !Files.exists(file)) {
            return fail(USAGE, "no such file: " + file);
        }
        Briefing briefing;
        try {
            BriefingLoader loader = new BriefingLoader();
            briefing = file == null ? loader.loadEmbedded() : loader.load(file);
        } catch (BundleException e) {
            if (exportTarget != null || pptxTarget != null || print) {
                return fail(FAILED, e.oneLine());
            }
            printError(e.getMessage());
            return showProblemsOf(file);
        }
        if (panelId != null && briefing.panel(panelId).isEmpty()) {
            return unknownPanel(briefing, panelId);
        }
        if ((exportTarget != null ? 1 : 0) + (pptxTarget != null ? 1 : 0) + (print ? 1 : 0) > 1) {
            return fail(USAGE, "export to one file at a time, or print: --export-pdf, --export-pptx or --print");
        }
        if (exportTarget != null || pptxTarget != null || print) {
            return export(briefing);
        }
        if (!launcher.open(briefing, file, file == null && !sample, panelId, benchmarkStartup, null)) {
            return fail(FAILED, "cannot open a window: no display was found. "
                    + "To make a PDF without a display, use --export-pdf OUT.pdf.");
        }
        return OK;
    }

    /**
     * A file that cannot be opened, named on the command line or by the desktop, opens the window on the embedded
     * briefing with the file's problems in front, as File ▸ Open would show them.
     */
    private int showProblemsOf(Path file) {
        launcher.open(new BriefingLoader().loadEmbedded(), null, false, null, benchmarkStartup, file);
        return FAILED;
    }

    private int validateFiles() {
        BriefingLoader loader = new BriefingLoader();
        boolean anyError = false;
        for (Path file : files) {
            BundleCheck check = loader.check(file);
            check.problems().forEach(problem -> spec.commandLine().getOut().println(problem.compilerStyle()));
            anyError |= check.hasErrors();
        }
        spec.commandLine().getOut().flush();
        return anyError ? FAILED : OK;
    }

    private int convert(Path in, Path out) {
        if (!Files.exists(in)) {
            return fail(USAGE, "no such file: " + in);
        }
        if (BriefingConverter.Format.of(out) == null) {
            return fail(USAGE, out + " must end in .md, .json or .briefing, to say which format to write");
        }
        try {
            BriefingConverter.write(new BriefingLoader().load(in), out);
            return OK;
        } catch (BundleException e) {
            printError(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            return fail(FAILED, "cannot write " + out + ": " + e.getMessage());
        }
    }

    private int export(Briefing briefing) {
        for (String id : exportPanels) {
            if (briefing.panel(id).isEmpty()) {
                return unknownPanel(briefing, id);
            }
        }
        if (!ExportOptions.SLIDES_PER_HANDOUT_PAGE.contains(slidesPerPage)) {
            return fail(USAGE, "--slides-per-page takes 2, 3 or 6, not " + slidesPerPage);
        }
        ExportOptions options = new ExportOptions(exportPanels, layout, pageSize, notes, sources)
                .withSteps(steps).withSlidesPerPage(slidesPerPage);
        try {
            if (print) {
                int pages = printer.print(briefing, options, printerName, 1, ExportProgress.SILENT);
                spec.commandLine().getOut().println("briefing-viewer: sent " + pages + " pages to the printer");
            } else if (pptxTarget != null) {
                new PptxExporter().export(briefing, options, pptxTarget, ExportProgress.SILENT);
            } else {
                new PdfExporter().export(briefing, options, exportTarget, ExportProgress.SILENT);
            }
            return OK;
        } catch (ExportException | ExportCancelledException e) {
            return fail(FAILED, e.getMessage());
        }
    }

    private int unknownPanel(Briefing briefing, String id) {
        return fail(USAGE, "no panel '" + id + "' in " + briefing.metadata().id() + "; panels: "
                + String.join(", ", briefing.panels().stream().map(Panel::id).toList()));
    }

    private int fail(int exitCode, String message) {
        printError("briefing-viewer: " + message);
        return exitCode;
    }

    private void printError(String text) {
        spec.commandLine().getErr().println(text);
    }
}
