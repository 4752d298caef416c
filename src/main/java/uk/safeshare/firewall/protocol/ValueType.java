package uk.safeshare.firewall.protocol;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The type of a protocol setting or rule parameter, and how a value read from a protocol file is
 * checked and converted. A value that does not fit is rejected with a message a DPO can act on.
 *
 * @param <T> the Java type of the converted value
 */
public abstract sealed class ValueType<T> {

    /** Converts a value read from YAML, or throws {@link IllegalArgumentException} saying what is wrong. */
    public abstract T convert(Object raw);

    /** What values are allowed, in words. */
    public abstract String describe();

    public static ValueType<Boolean> bool() {
        return BooleanType.INSTANCE;
    }

    public static ValueType<Integer> integer(int min, int max) {
        return new IntegerType(min, max);
    }

    public static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
        return new EnumType<>(type);
    }

    public static <E extends Enum<E>> ValueType<Set<E>> setOf(Class<E> type) {
        return new EnumSetType<>(type);
    }

    static String show(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof String s) {
            return "'" + s + "'";
        }
        return raw.toString();
    }

    private static final class BooleanType extends ValueType<Boolean> {
        static final BooleanType INSTANCE = new BooleanType();

        @Override
        public Boolean convert(Object raw) {
            if (raw instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException(show(raw) + " is not true or false");
        }

        @Override
        public String describe() {
            return "true or false";
        }
    }

    private static final class IntegerType extends ValueType<Integer> {
        private final int min;
        private final int max;

        IntegerType(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(Object raw) {
            if (raw instanceof Integer i && i >= min && i <= max) {
                return i;
            }
            throw new IllegalArgumentException(show(raw) + " is not a whole number from " + min + " to " + max);
        }

        @Override
        public String describe() {
            return "a whole number from " + min + " to " + max;
        }
    }

    private static final class EnumType<E extends Enum<E>> extends ValueType<E> {
        private final Class<E> type;

        EnumType(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(Object raw) {
            if (raw instanceof String s) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(s)) {
                        return constant;
                    }
                }
            }
            throw new IllegalArgumentException(show(raw) + " is not one of " + names(type));
        }

        @Override
        public String describe() {
            return "one of " + names(type);
        }
    }

    private static final class EnumSetType<E extends Enum<E>> extends ValueType<Set<E>> {
        private final Class<E> type;
        private final EnumType<E> element;

        EnumSetType(Class<E> type) {
            this.type = type;
            this.element = new EnumType<>(type);
        }

        @Override
        public Set<E> convert(Object raw) {
            if (!(raw instanceof Collection<?> values)) {
                throw new IllegalArgumentException(show(raw) + " is not a list (write it as [A, B] or one '- A' per line)");
            }
            Set<E> result = EnumSet.noneOf(type);
            for (Object value : values) {
                E converted = element.convert(value);
                if (!result.add(converted)) {
                    throw new IllegalArgumentException(converted.name() + " is listed twice");
                }
            }
            return Collections.unmodifiableSet(result);
        }

        @Override
        public String describe() {
            return "a list, each one of " + names(type);
        }
    }

    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
