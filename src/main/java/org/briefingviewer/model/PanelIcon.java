package org.briefingviewer.model;

/** The symbolic icon a panel asks for; each view decides how to draw it. */
public enum PanelIcon {
    DOCUMENT, GLOBE, TRADE, SHIELD, INDUSTRY, ALLIANCE
}
