package org.briefingviewer.export.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save the PDF. The platform's save dialog asks before replacing an existing file. */
@FunctionalInterface
public interface SaveLocationChooser {

    Optional<Path> choose(Window owner, String suggestedName);

    static SaveLocationChooser platformDialog() {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to PDF");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath).map(SaveLocationChooser::withPdfExtension);
        };
    }

    private static Path withPdfExtension(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? path : path.resolveSibling(name + ".pdf");
    }
}
