package uk.safeshare.shared.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The choices ticked in a form's checkboxes. A blank value, or a trailing comma, arrives from Spring's binding as
 * a null among them (no browser sends one, but a caller can): it chooses nothing, so it is dropped here rather
 * than failing the command later.
 */
public final class FormChoices {

    private FormChoices() {
    }

    public static <E extends Enum<E>> Set<E> of(Set<E> ticked, Class<E> type) {
        EnumSet<E> choices = EnumSet.noneOf(type);
        if (ticked != null) {
            ticked.stream().filter(Objects::nonNull).forEach(choices::add);
        }
        return choices;
    }
}
