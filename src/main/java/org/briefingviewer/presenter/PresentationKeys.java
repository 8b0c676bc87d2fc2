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
        if (code == KeyCode.ESCAPE) {
            viewModel.stop();
        } else if (code == KeyCode.F1 || (code == KeyCode.SLASH && event.isShiftDown())) {
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
}
