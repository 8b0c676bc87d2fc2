package org.briefingviewer.export;

/** How panels are laid out on PDF pages. */
public enum Layout {
    /** Portrait pages, panels flowing one after another as sections, each with its notes. */
    DOCUMENT,
    /** The presentation: one 16:9 page per presented page, as the room sees it. */
    SLIDES,
    /** Notes pages: each presented page as a picture above its panel's speaker notes. */
    NOTES,
    /** Handouts: presented pages small, each beside ruled lines for writing. */
    HANDOUT
}
