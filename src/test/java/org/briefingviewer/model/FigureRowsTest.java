package org.briefingviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureRowsTest {

    @Test
    void cardsThatFitShareOneRow() {
        assertThat(FigureRows.sizes(1, 3)).containsExactly(1);
        assertThat(FigureRows.sizes(3, 3)).containsExactly(3);
    }

    @Test
    void fourWhereThreeFitStandTwoByTwo() {
        assertThat(FigureRows.sizes(4, 3)).containsExactly(2, 2);
    }

    @Test
    void rowsAreAsEvenAsTheyCanBe() {
        assertThat(FigureRows.sizes(7, 3)).containsExactly(3, 2, 2);
        assertThat(FigureRows.sizes(6, 4)).containsExactly(3, 3);
        assertThat(FigureRows.sizes(6, 2)).containsExactly(2, 2, 2);
    }

    @Test
    void noCardIsLeftAloneARowTakesOneMoreInstead() {
        assertThat(FigureRows.sizes(3, 2)).containsExactly(3);
        assertThat(FigureRows.sizes(5, 2)).containsExactly(3, 2);
        for (int count = 2; count <= 20; count++) {
            for (int fitting = 2; fitting <= 6; fitting++) {
                List<Integer> sizes = FigureRows.sizes(count, fitting);
                int most = fitting + 1;
                assertThat(sizes).as("%d cards, %d fit", count, fitting).allMatch(size -> size >= 2)
                        .allMatch(size -> size <= most);
                assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
            }
        }
    }

    @Test
    void whereNoRowCanTakeOneMoreTheyStandOneBelowTheOther() {
        assertThat(FigureRows.sizes(3, 2, 2)).containsExactly(1, 1, 1);
        assertThat(FigureRows.sizes(4, 2, 2)).containsExactly(2, 2);
    }

    @Test
    void withRoomForOneTheyStandOneBelowTheOther() {
        assertThat(FigureRows.sizes(3, 1)).containsExactly(1, 1, 1);
        assertThat(FigureRows.sizes(0, 3)).isEmpty();
    }
}
