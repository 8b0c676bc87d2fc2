package org.briefingviewer.settings;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import org.briefingviewer.storage.UserDataJson;

/**
 * Persists the preferences the features own. Each feature keeps its preferences as observable values; this class
 * only restores them from the settings file, and saves the file soon after any of them changes.
 */
public final class Preferences {

    private final SettingsStore store;
    private final Map<String, Object> remembered;
    private final Map<String, ObservableValue<?>> kept = new LinkedHashMap<>();
    private final Consumer<Runnable> soon;
    private final Consumer<String> failures;
    private String lastFailure;

    /**
     * @param loaded   what the store read at start
     * @param soon     runs a save a little later, on the JavaFX thread; a newer save replaces one not yet run
     * @param failures is told each new reason a save failed
     */
    public Preferences(SettingsStore store, SettingsStore.Loaded loaded, Consumer<Runnable> soon,
                       Consumer<String> failures) {
        this.store = store;
        this.remembered = new LinkedHashMap<>(loaded.values());
        this.soon = soon;
        this.failures = failures;
    }

    /** Gives {@code property} its remembered value, if there is one that fits, and remembers it from now on. */
    public <T> void remember(String name, Property<T> property, Class<? extends T> type) {
        remembered(name, type).ifPresent(property::setValue);
        keep(name, property);
    }

    /** Remembers {@code value} from now on, without restoring it. */
    public void keep(String name, ObservableValue<?> value) {
        kept.put(name, value);
        value.addListener((obs, old, now) -> soon.accept(this::save));
    }

    /** The value remembered under {@code name}, if the file had one of {@code type}. */
    public <T> Optional<T> remembered(String name, Class<T> type) {
        return Optional.ofNullable(remembered.get(name)).map(raw -> converted(raw, type));
    }

    /** Writes every kept value now; returns why that failed, or {@code null}. */
    public String save() {
        kept.forEach((name, value) -> remembered.put(name, value.getValue()));
        String failure = store.save(remembered);
        if (failure != null && !failure.equals(lastFailure)) {
            failures.accept(failure);
        }
        lastFailure = failure;
        return failure;
    }

    /** {@code raw}, as read from JSON, as a {@code type}; {@code null} when it is not one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T converted(Object raw, Class<T> type) {
        try {
            if (type.isInstance(raw)) {
                return type.cast(raw);
            }
            if (raw instanceof Number number && (type == Integer.class || type == Double.class)) {
                return type.cast(type == Integer.class ? Integer.valueOf(number.intValue())
                        : Double.valueOf(number.doubleValue()));
            }
            if (type.isEnum() && raw instanceof String name) {
                return (T) Enum.valueOf((Class) type, name);
            }
            if (raw instanceof Map<?, ?> fields && type.isRecord()) {
                return UserDataJson.FORMAT.beanFrom(type, UserDataJson.FORMAT.asString(fields));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
