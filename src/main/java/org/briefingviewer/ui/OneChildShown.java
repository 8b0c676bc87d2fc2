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
            conceal(shown, true);
        }
        shown = child;
        conceal(child, false);
        if (child.getParent() == this) {
            child.toBack();
        } else {
            getChildren().add(0, child);
        }
        requestLayout();
    }

    /** Holds {@code child} out of sight, ready to be shown. */
    protected final void holdHidden(T child) {
        conceal(child, true);
        getChildren().add(child);
    }

    /**
     * Hides or shows a child. Hiding it makes it invisible, which JavaFX passes on to each of its nodes (and, on
     * showing it again, recomputes their bounds); a subclass whose children need never take the focus may hide
     * them more cheaply.
     */
    protected void conceal(T child, boolean hidden) {
        child.setVisible(!hidden);
    }

    /**
     * Drops every child that is not the one drawn. Taking nodes out of the scene costs about as much as styling
     * them, so an owner may leave this to a turn after the frame that shows a child.
     */
    public final void dropHidden() {
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
