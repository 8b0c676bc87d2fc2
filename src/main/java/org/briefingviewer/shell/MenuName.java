package org.briefingviewer.shell;

/** The window's menus, in the menu bar's order. */
public enum MenuName {
    FILE("_File"), EDIT("_Edit"), VIEW("_View"), GO("_Go"), HELP("_Help");

    private final String label;

    MenuName(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
