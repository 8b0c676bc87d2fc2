package org.briefingviewer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.bundle.BundleException;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code briefing-viewer} command: checks its arguments, loads the briefing, then opens the window. */
@Command(name = "briefing-viewer", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Opens a policy briefing as navigable panels.")
public final class Main implements Callable<Integer> {

    static final int OK = 0;
    static final int BAD_BUNDLE = 1;
    static final int USAGE = 2;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A briefing bundle (.json) to open. Default: the embedded summit briefing.")
    Path file;

    @Option(names = "--panel", paramLabel = "ID", description = "Open at this panel instead of the first.")
    String panelId;

    @Spec
    CommandSpec spec;

    private final Launcher launcher;

    Main(Launcher launcher) {
        this.launcher = launcher;
    }

    public static void main(String[] args) {
        int exitCode = run(new Launcher.Window(), args);
        if (exitCode != OK) {
            System.exit(exitCode);
        }
    }

    static int run(Launcher launcher, String... args) {
        CommandLine commandLine = new CommandLine(new Main(launcher));
        commandLine.setParameterExceptionHandler((problem, ignored) -> {
            problem.getCommandLine().getErr().println("briefing-viewer: " + problem.getMessage()
                    + " (see briefing-viewer --help)");
            return USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (file != null && !Files.isRegularFile(file)) {
            return fail(USAGE, "no such file: " + file);
        }
        Briefing briefing;
        try {
            BriefingLoader loader = new BriefingLoader();
            briefing = file == null ? loader.loadEmbedded() : loader.load(file);
        } catch (BundleException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return BAD_BUNDLE;
        }
        if (panelId != null && briefing.panel(panelId).isEmpty()) {
            return fail(USAGE, "no panel '" + panelId + "' in " + briefing.metadata().id() + "; panels: "
                    + String.join(", ", briefing.panels().stream().map(Panel::id).toList()));
        }
        launcher.open(briefing, panelId);
        return OK;
    }

    private int fail(int exitCode, String message) {
        spec.commandLine().getErr().println("briefing-viewer: " + message);
        return exitCode;
    }
}
