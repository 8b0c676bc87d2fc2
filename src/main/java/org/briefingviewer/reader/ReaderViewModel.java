package org.briefingviewer.reader;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;

/** The state of the reading window: which briefing is open and which panel is shown. */
public final class ReaderViewModel {

    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>(this, "briefing");
    private final ObservableList<Panel> panels = FXCollections.observableArrayList();
    private final ObservableList<Panel> readOnlyPanels = FXCollections.unmodifiableObservableList(panels);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<Panel> selectedPanel = new ReadOnlyObjectWrapper<>(this, "selectedPanel");

    private final BooleanBinding canGoNext = selectedIndex.add(1).lessThan(Bindings.size(panels));
    private final BooleanBinding canGoPrevious = selectedIndex.greaterThan(0);
    private final StringBinding position = Bindings.createStringBinding(
            () -> hasSelection() ? (selectedIndex.get() + 1) + " of " + panels.size() : "",
            selectedIndex, panels);
    private final StringBinding windowTitle = Bindings.createStringBinding(this::describeWindowTitle,
            selectedPanel, briefing);
    private final StringBinding statusText = Bindings.createStringBinding(
            () -> hasSelection() ? "Panel " + position.get() + " · " + selectedPanel.get().title() : "",
            position, selectedPanel);
    private final StringBinding handlingMarking = Bindings.createStringBinding(
            () -> briefing.get() == null ? "" : briefing.get().metadata().handling(), briefing);
    private String returnBriefingId;
    private String returnPanelId;

    public ReaderViewModel(Briefing briefing) {
        open(briefing);
    }

    /** Shows {@code newBriefing} from its first panel, or from the panel {@link #returnTo} asked for. */
    public void open(Briefing newBriefing) {
        int first = returnPanelId == null || !newBriefing.metadata().id().equals(returnBriefingId) ? 0
                : Math.max(0, newBriefing.indexOf(returnPanelId));
        returnBriefingId = null;
        returnPanelId = null;
        selectedIndex.set(-1);
        selectedPanel.set(null);
        briefing.set(newBriefing);
        panels.setAll(newBriefing.panels());
        select(first);
    }

    /**
     * Goes to panel {@code panelId} of briefing {@code briefingId}: now, if that briefing is shown, or else when it
     * is the next briefing opened.
     */
    public void returnTo(String briefingId, String panelId) {
        if (briefing.get().metadata().id().equals(briefingId) && select(panelId)) {
            return;
        }
        returnBriefingId = briefingId;
        returnPanelId = panelId;
    }

    /** Shows a new version of the open briefing, staying on the same panel where it still exists. */
    public void reload(Briefing newVersion) {
        Panel shown = selectedPanel.get();
        int index = shown == null ? -1 : newVersion.indexOf(shown.id());
        if (index < 0) {
            index = Math.min(Math.max(selectedIndex.get(), 0), newVersion.panels().size() - 1);
        }
        selectedIndex.set(-1);
        briefing.set(newVersion);
        panels.setAll(newVersion.panels());
        select(index);
    }

    /** Selects the panel at {@code index}; an index outside the briefing changes nothing. */
    public boolean select(int index) {
        if (index < 0 || index >= panels.size()) {
            return false;
        }
        selectedIndex.set(index);
        selectedPanel.set(panels.get(index));
        return true;
    }

    public boolean select(String panelId) {
        return select(briefing.get().indexOf(panelId));
    }

    public void next() {
        select(selectedIndex.get() + 1);
    }

    public void previous() {
        select(selectedIndex.get() - 1);
    }

    public void first() {
        select(0);
    }

    public void last() {
        select(panels.size() - 1);
    }

    private boolean hasSelection() {
        return selectedPanel.get() != null;
    }

    private String describeWindowTitle() {
        String title = briefing.get() == null ? "" : briefing.get().metadata().title();
        return hasSelection() ? selectedPanel.get().title() + " — " + title : title;
    }

    public ReadOnlyObjectProperty<Briefing> briefingProperty() {
        return briefing.getReadOnlyProperty();
    }

    public Briefing getBriefing() {
        return briefing.get();
    }

    public ObservableList<Panel> getPanels() {
        return readOnlyPanels;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Panel> selectedPanelProperty() {
        return selectedPanel.getReadOnlyProperty();
    }

    public Panel getSelectedPanel() {
        return selectedPanel.get();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoPreviousProperty() {
        return canGoPrevious;
    }

    public StringBinding positionProperty() {
        return position;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    public StringBinding statusTextProperty() {
        return statusText;
    }

    public StringBinding handlingMarkingProperty() {
        return handlingMarking;
    }
}
