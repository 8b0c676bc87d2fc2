package org.briefingviewer.presenter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * A presentation of the open briefing: which panel the room sees, a blacked- or whited-out screen, and a panel
 * number typed on the keyboard. It moves the reader's own selection, so leaving the presentation returns to the
 * panel it ended on.
 */
public final class PresentationViewModel {

    /** What the audience screen shows. */
    public enum Screen { PANEL, BLACK, WHITE }

    private final ReaderViewModel reader;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.PANEL);
    private final ReadOnlyStringWrapper typedNumber = new ReadOnlyStringWrapper(this, "typedNumber", "");
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private final ReadOnlyBooleanWrapper overviewShown = new ReadOnlyBooleanWrapper(this, "overviewShown");
    private final ReadOnlyBooleanWrapper consoleShown = new ReadOnlyBooleanWrapper(this, "consoleShown");
    private final ReadOnlyBooleanWrapper displaysSwapped = new ReadOnlyBooleanWrapper(this, "displaysSwapped");
    private final ReadOnlyIntegerWrapper overviewChoice = new ReadOnlyIntegerWrapper(this, "overviewChoice");

    public PresentationViewModel(ReaderViewModel reader) {
        this.reader = reader;
    }

    public ReaderViewModel getReader() {
        return reader;
    }

    /** Starts presenting at the first panel, or at the current one. */
    public void start(boolean fromCurrentPanel) {
        if (!fromCurrentPanel) {
            reader.select(0);
        }
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
    }

    public void next() {
        if (!revealed()) {
            reader.next();
        }
    }

    public void previous() {
        if (!revealed()) {
            reader.previous();
        }
    }

    public void first() {
        if (!revealed()) {
            reader.select(0);
        }
    }

    public void last() {
        if (!revealed()) {
            reader.select(reader.getPanels().size() - 1);
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
            reader.select(Integer.parseInt(number) - 1);
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
        reader.select(overviewChoice.get());
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
