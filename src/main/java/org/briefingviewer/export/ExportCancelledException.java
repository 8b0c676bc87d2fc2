package org.briefingviewer.export;

/** The export was cancelled; no file was written and any existing file was left as it was. */
public class ExportCancelledException extends Exception {

    public ExportCancelledException() {
        super("The export was cancelled.");
    }
}
