package org.briefingviewer.presenter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.ScreenAssignment.Display;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.Step;

/**
 * A presentation of the open briefing: which panel the room sees and at which step, a blacked- or whited-out
 * screen, and a panel number typed on the keyboard. It moves the reader's own selection, so leaving the
 * presentation returns to the panel it ended on. The audience view and the console both follow it, so they cannot
 * disagree.
 */
public final class PresentationViewModel {

    /** What the audience screen shows. */
    public enum Screen { PANEL, BLACK, WHITE }

    /** A panel, by index, at one of its steps. */
    public record Place(int panel, int step) {
    }

    private static final int LAST_STEP = -1;

    private final ReaderViewModel reader;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.PANEL);
    private final ReadOnlyStringWrapper typedNumber = new ReadOnlyStringWrapper(this, "typedNumber", "");
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private final ReadOnlyBooleanWrapper overviewShown = new ReadOnlyBooleanWrapper(this, "overviewShown");
    private final ReadOnlyBooleanWrapper consoleShown = new ReadOnlyBooleanWrapper(this, "consoleShown");
    private final ReadOnlyBooleanWrapper displaysSwapped = new ReadOnlyBooleanWrapper(this, "displaysSwapped");
    private final ReadOnlyIntegerWrapper overviewChoice = new ReadOnlyIntegerWrapper(this, "overviewChoice");
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(this, "place");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private final ObjectProperty<Display> audienceScreen = new SimpleObjectProperty<>(this, "audienceScreen");
    private final Map<Panel, List<Step>> plans = new HashMap<>();
    private PanelPages pages = PanelPages.WHOLE;
    private SlideLayout layout;
    private int stepOnArrival;

    public PresentationViewModel(ReaderViewModel reader) {
        this.reader = reader;
        reader.selectedIndexProperty().addListener((obs, old, index) -> arriveAt(index.intValue()));
        reader.briefingProperty().addListener((obs, old, briefing) -> plans.clear());
        place.addListener((obs, old, now) -> positionText.set(describe(now)));
        presenting.addListener((obs, was, now) -> positionText.set(describe(place.get())));
        arriveAt(reader.selectedIndexProperty().get());
    }

    /** Splits panels into the pages of the one slide layout, which the exports draw from too. */
    public void useSlideLayout() {
        setPanelPages(panel -> slideLayout().pageStarts(panel));
    }

    private SlideLayout slideLayout() {
        if (layout == null || layout.briefing() != reader.getBriefing()) {
            layout = new SlideLayout(reader.getBriefing());
        }
        return layout;
    }

    /** Sets how panels split into pages. */
    public void setPanelPages(PanelPages panelPages) {
        pages = panelPages;
        plans.clear();
        Place now = place.get();
        place.set(new Place(now.panel(), Math.min(now.step(), stepsOf(now.panel()).size() - 1)));
        positionText.set(describe(place.get()));
    }

    /** The steps of the panel at {@code index}; one step for a panel that fits and has no step-by-step list. */
    public List<Step> stepsOf(int index) {
        if (index < 0 || index >= reader.getPanels().size()) {
            return List.of(new Step(0, 1, 0, 0, 0));
        }
        return plans.computeIfAbsent(reader.getPanels().get(index), panel -> Step.plan(panel, pages.pageStarts(panel)));
    }

    /** The step the room sees now. */
    public Step currentStep() {
        Place now = place.get();
        return stepsOf(now.panel()).get(now.step());
    }

    /** Where "next" leads, if anywhere. */
    public Optional<Place> nextPlace() {
        return placeAfter(place.get());
    }

    /** Where "next" would lead from {@code now}, if anywhere. */
    public Optional<Place> placeAfter(Place now) {
        if (now.step() + 1 < stepsOf(now.panel()).size()) {
            return Optional.of(new Place(now.panel(), now.step() + 1));
        }
        return now.panel() + 1 < reader.getPanels().size() ? Optional.of(new Place(now.panel() + 1, 0))
                : Optional.empty();
    }

    private void arriveAt(int index) {
        place.set(new Place(index, stepOnArrival == LAST_STEP ? stepsOf(index).size() - 1 : 0));
        stepOnArrival = 0;
    }

    /** Shows the panel at {@code index} from its first step. */
    private void goTo(int index) {
        if (index == place.get().panel()) {
            place.set(new Place(index, 0));
        } else {
            reader.select(index);
        }
    }

    private String describe(Place now) {
        if (now.panel() < 0 || !presenting.get()) {
            return "";
        }
        int steps = stepsOf(now.panel()).size();
        return "Panel " + (now.panel() + 1) + " of " + reader.getPanels().size()
                + (steps > 1 ? " · step " + (now.step() + 1) + " of " + steps : "");
    }

    /** The screen the room saw in the last talk with two screens, kept for the next; {@code null} if none. */
    public ObjectProperty<Display> audienceScreenProperty() {
        return audienceScreen;
    }

    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** "Panel 3 of 5 · step 2 of 4" while presenting, the step shown only for a panel with more than one. */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    public ReaderViewModel getReader() {
        return reader;
    }

    /** Starts presenting at the first panel, or at the current one. */
    public void start(boolean fromCurrentPanel) {
        goTo(fromCurrentPanel ? Math.max(0, place.get().panel()) : 0);
        screen.set(Screen.PANEL);
        typedNumber.set("");
        presenting.set(true);
    }

    public void stop() {
        consoleShown.set(false);
        helpShown.set(false);
        overviewShown.set(false);
        presenting.set(false);
        screen.set(Screen.PANEL);
        typedNumber.set("");
        pages = PanelPages.WHOLE;
        plans.clear();
    }

    /** The next step of this panel, or the next panel from its first step. */
    public void next() {
        if (!revealed()) {
            nextPlace().ifPresent(next -> {
                if (next.panel() == place.get().panel()) {
                    place.set(next);
                } else {
                    reader.select(next.panel());
                }
            });
        }
    }

    /** The previous step of this panel, or the previous panel at its last step. */
    public void previous() {
        if (revealed()) {
            return;
        }
        Place now = place.get();
        if (now.step() > 0) {
            place.set(new Place(now.panel(), now.step() - 1));
        } else if (now.panel() > 0) {
            stepOnArrival = LAST_STEP;
            reader.select(now.panel() - 1);
        }
    }

    public void first() {
        if (!revealed()) {
            goTo(0);
        }
    }

    /** The last step of the last panel: the whole of it, as the talk ends. */
    public void last() {
        if (revealed()) {
            return;
        }
        int lastPanel = reader.getPanels().size() - 1;
        if (place.get().panel() == lastPanel) {
            place.set(new Place(lastPanel, stepsOf(lastPanel).size() - 1));
        } else {
            stepOnArrival = LAST_STEP;
            reader.select(lastPanel);
        }
    }

    /** Blacks (or whites) the screen out; the same again, or any other key, shows the panel again. */
    public void blank(Screen blank) {
        screen.set(screen.get() == blank ? Screen.PANEL : blank);
    }

    /** Remembers a digit of a panel number; {@link #enter()} goes there. */
    public void typeDigit(int digit) {
        if (typedNumber.get().length() < 4) {
            typedNumber.set(typedNumber.get() + digit);
        }
    }

    /** Goes to the typed panel number, or to the next panel when none was typed. */
    public void enter() {
        String number = typedNumber.get();
        typedNumber.set("");
        if (number.isEmpty()) {
            next();
        } else if (!revealed()) {
            goTo(Integer.parseInt(number) - 1);
        }
    }

    /** Shows the panel again if the screen was blank; returns whether it was. */
    public boolean revealed() {
        if (screen.get() == Screen.PANEL) {
            return false;
        }
        screen.set(Screen.PANEL);
        return true;
    }

    /** Opens the overview of all panels with the current one chosen. */
    public void openOverview() {
        overviewChoice.set(Math.max(0, reader.selectedIndexProperty().get()));
        overviewShown.set(true);
    }

    /** Moves the choice in the overview by {@code step} places, staying within the briefing. */
    public void moveOverviewChoice(int step) {
        int last = reader.getPanels().size() - 1;
        overviewChoice.set(Math.max(0, Math.min(last, overviewChoice.get() + step)));
    }

    /** Shows the chosen panel and closes the overview. */
    public void pickOverviewChoice() {
        goTo(overviewChoice.get());
        overviewShown.set(false);
    }

    public void closeOverview() {
        overviewShown.set(false);
    }

    public ReadOnlyBooleanProperty overviewShownProperty() {
        return overviewShown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overviewChoiceProperty() {
        return overviewChoice.getReadOnlyProperty();
    }

    /** Shows or hides the presenter console, a separate window the room never sees. */
    public void toggleConsole() {
        consoleShown.set(!consoleShown.get());
    }

    /** Exchanges the audience's screen and the console's, when there are two. */
    public void swapDisplays() {
        displaysSwapped.set(!displaysSwapped.get());
    }

    public ReadOnlyBooleanProperty displaysSwappedProperty() {
        return displaysSwapped.getReadOnlyProperty();
    }

    /** Shows the console; with two screens a talk starts with it. */
    public void showConsole() {
        consoleShown.set(true);
    }

    public ReadOnlyBooleanProperty consoleShownProperty() {
        return consoleShown.getReadOnlyProperty();
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    public ReadOnlyBooleanProperty helpShownProperty() {
        return helpShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typedNumberProperty() {
        return typedNumber.getReadOnlyProperty();
    }
}
