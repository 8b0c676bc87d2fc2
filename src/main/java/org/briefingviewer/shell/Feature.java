package org.briefingviewer.shell;

/**
 * One part of the reading window: search, notes, export and so on. {@link Shell#open} installs each feature once,
 * before the window is first shown, in the order given.
 */
public interface Feature {

    void installInto(Shell shell);
}
