package org.briefingviewer.export;

/** Where an export reports how far it has come, and learns whether it should stop. */
public interface ExportProgress {

    ExportProgress SILENT = new ExportProgress() {
        @Override
        public void update(double fraction, String stage) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction from 0 to 1 */
    void update(double fraction, String stage);

    boolean isCancelled();
}
