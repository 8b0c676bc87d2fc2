package org.briefingviewer.model;

import java.util.List;

final class Lists {
    private Lists() {
    }

    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
