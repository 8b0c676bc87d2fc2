package org.briefingviewer.export;

/** How panels are laid out on PDF pages. */
public enum Layout {
    /** Portrait pages, panels flowing one after another as sections. */
    DOCUMENT,
    /** One landscape 16:9 page per panel. */
    SLIDES,
    /** Each panel on its own portrait page with its speaker notes below it. */
    HANDOUT
}
