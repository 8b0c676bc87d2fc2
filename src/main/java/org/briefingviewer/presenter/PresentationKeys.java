package org.briefingviewer.presenter;

import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.briefingviewer.presenter.PresentationViewModel.Screen;

/** The keys of the audience view, including those presentation clickers send. */
final class PresentationKeys {

    private static final Set<KeyCode> NEXT = Set.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE, KeyCode.PAGE_DOWN,
            KeyCode.N);
    private static final Set<KeyCode> PREVIOUS = Set.of(KeyCode.LEFT, KeyCode.UP, KeyCode.BACK_SPACE,
            KeyCode.PAGE_UP, KeyCode.P);

    private PresentationKeys() {
    }

    /** Acts on {@code event}; returns whether the key meant something. */
    static boolean handle(PresentationViewModel viewModel, KeyEvent event) {
        KeyCode code = event.getCode();
        if (viewModel.overviewShownProperty().get()) {
            return handleOverview(viewModel, code);
        }
        if (code == KeyCode.O || code == KeyCode.G) {
            viewModel.openOverview();
        } else if (code == KeyCode.S) {
            viewModel.toggleConsole();
        } else if (code == KeyCode.ESCAPE) {
            viewModel.stop();
        } else if (isHelpKey(event)) {
            viewModel.toggleHelp();
        } else if (code == KeyCode.B || code == KeyCode.PERIOD) {
            viewModel.blank(Screen.BLACK);
        } else if (code == KeyCode.W || code == KeyCode.COMMA) {
            viewModel.blank(Screen.WHITE);
        } else if (viewModel.revealed()) {
            return true;
        } else if (code.isDigitKey()) {
            viewModel.typeDigit(Integer.parseInt(code.getChar()));
        } else if (code == KeyCode.ENTER) {
            viewModel.enter();
        } else if (NEXT.contains(code)) {
            viewModel.next();
        } else if (PREVIOUS.contains(code)) {
            viewModel.previous();
        } else if (code == KeyCode.HOME) {
            viewModel.first();
        } else if (code == KeyCode.END) {
            viewModel.last();
        } else {
            return false;
        }
        return true;
    }

    /** F1. */
    static boolean isHelpKey(KeyEvent pressed) {
        return pressed.getCode() == KeyCode.F1;
    }

    /** A typed ?, whichever keys the keyboard layout types it with. */
    static boolean isHelpCharacter(KeyEvent typed) {
        return "?".equals(typed.getCharacter());
    }

    /** In the overview, arrows move the choice by a tile or a row, Enter picks it and Esc closes it. */
    private static boolean handleOverview(PresentationViewModel viewModel, KeyCode code) {
        switch (code) {
            case LEFT -> viewModel.moveOverviewChoice(-1);
            case RIGHT -> viewModel.moveOverviewChoice(1);
            case UP -> viewModel.moveOverviewChoice(-Overview.COLUMNS);
            case DOWN -> viewModel.moveOverviewChoice(Overview.COLUMNS);
            case ENTER, SPACE -> viewModel.pickOverviewChoice();
            case ESCAPE, O, G -> viewModel.closeOverview();
            default -> {
                return false;
            }
        }
        return true;
    }
}
