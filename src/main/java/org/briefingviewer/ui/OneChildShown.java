package org.briefingviewer.ui;

import javafx.collections.FXCollections;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A region that draws one of its children and may hold others hidden, already styled and laid out, so that showing
 * one of them builds nothing in the frame that shows it. Lookups find the child shown first, and assistive
 * technology is told of it alone.
 *
 * @param <T> the kind of child
 */
public abstract class OneChildShown<T extends Node> extends Region {

    private T shown;

    /** The child drawn, or {@code null}. */
    protected final T shownChild() {
        return shown;
    }

    /** Draws {@code child}, adding it when it is not held yet; the child drawn before stays, hidden. */
    protected final void showChild(T child) {
        if (shown != null && shown != child) {
            shown.setVisible(false);
        }
        shown = child;
        child.setVisible(true);
        if (child.getParent() == this) {
            child.toBack();
        } else {
            getChildren().add(0, child);
        }
        requestLayout();
    }

    /** Holds {@code child} out of sight, ready to be shown. */
    protected final void holdHidden(T child) {
        child.setVisible(false);
        getChildren().add(child);
    }

    /** Drops every child that is not the one drawn. */
    protected final void dropHidden() {
        getChildren().removeIf(child -> child != shown);
    }

    /** Drops every child, the one drawn too. */
    protected final void dropAll() {
        getChildren().clear();
        shown = null;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.CHILDREN) {
            return shown == null ? FXCollections.<Node>observableArrayList()
                    : FXCollections.<Node>observableArrayList(shown);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
