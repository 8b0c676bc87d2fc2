package org.briefingviewer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.application.HostServices;

/** Hands files to the platform: open a document, or show it in the file manager. */
public interface DesktopActions {

    void open(Path file);

    void showInFolder(Path file);

    /** Opens a web or mail address in the platform's browser or mail program. */
    void browse(String address);

    /**
     * Whether a program is installed here that opens {@code file}, or, for a folder, shows it; it may ask the system,
     * so call it off the JavaFX thread. Where the platform cannot say, the answer is yes.
     */
    default boolean canOpen(Path file) {
        return true;
    }

    static DesktopActions using(HostServices hostServices) {
        return new DesktopActions() {
            @Override
            public void open(Path file) {
                hostServices.showDocument(file.toUri().toString());
            }

            @Override
            public void showInFolder(Path file) {
                hostServices.showDocument(file.toAbsolutePath().getParent().toUri().toString());
            }

            @Override
            public void browse(String address) {
                hostServices.showDocument(address);
            }

            @Override
            public boolean canOpen(Path file) {
                return !isLinux() || FreedesktopOpener.canOpen(file);
            }
        };
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /**
     * On a freedesktop system, documents open through {@code xdg-open}, which hands each type of file to the program
     * {@code xdg-mime} names for it; with neither, or no program for the type, nothing would open.
     */
    final class FreedesktopOpener {

        private static final Map<String, String> TYPES = Map.of(
                "pdf", "application/pdf",
                "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "md", "text/markdown",
                "json", "application/json");
        private static final Pattern PATH_SEPARATOR = Pattern.compile(Pattern.quote(java.io.File.pathSeparator));
        private static final long ANSWER_SECONDS = 5;

        private FreedesktopOpener() {
        }

        static boolean canOpen(Path file) {
            if (!onPath("xdg-open") || !onPath("xdg-mime")) {
                return false;
            }
            String type = Files.isDirectory(file) ? "inode/directory" : TYPES.get(extensionOf(file));
            return type == null || !ask("xdg-mime", "query", "default", type).isBlank();
        }

        private static String extensionOf(Path file) {
            String name = file.getFileName().toString();
            return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }

        private static boolean onPath(String program) {
            return PATH_SEPARATOR.splitAsStream(System.getenv().getOrDefault("PATH", ""))
                    .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, program)));
        }

        /** The program's output, or "" when it fails or takes too long. */
        private static String ask(String... command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                try (InputStream out = process.getInputStream()) {
                    String answer = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                    return process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0
                            ? answer.strip() : "";
                }
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }
}
