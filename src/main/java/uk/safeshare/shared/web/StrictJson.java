package uk.safeshare.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read strictly: a number is never read from a string or a string from a number, a
 * fraction is never cut to a whole number, a key given twice is refused, and every date and
 * instant lies between 1900 and 2200 (each field may narrow that, e.g. "not in the future"). A
 * request that breaks any of these is a 400 naming the field, never a guess and never a 500.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 1, 1);

    /** A date or instant outside {@link #EARLIEST} to {@link #LATEST}. */
    public static final class DateOutOfRange extends InvalidFormatException {
        DateOutOfRange(JsonParser p, Object value, Class<?> type) {
            super(p, "must be between " + EARLIEST.getYear() + " and " + LATEST.getYear(), value, type);
        }
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    // a code is named, never given by its position in a list ({"role":1} is not a role)
                    .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
            for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
                builder.withCoercionConfig(scalar, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
            }
            builder.withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
            builder.withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
            builder.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
            SimpleModule bounded = new SimpleModule("bounded-dates");
            bounded.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT,
                    i -> i.atOffset(ZoneOffset.UTC).toLocalDate()));
            bounded.addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME,
                    OffsetDateTime::toLocalDate));
            bounded.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE, d -> d));
            bounded.addDeserializer(LocalDateTime.class, new Bounded<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE,
                    LocalDateTime::toLocalDate));
            builder.addModule(bounded);
        };
    }

    private static final class Bounded<T> extends StdDeserializer<T> {
        private final ValueDeserializer<T> delegate;
        private final Function<T, LocalDate> day;

        Bounded(Class<T> type, ValueDeserializer<T> delegate, Function<T, LocalDate> day) {
            super(type);
            this.delegate = delegate;
            this.day = day;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                // Jackson would read a number as epoch seconds (1e400 included) or an array as [y, m, d]: only ISO 8601 text is a date.
                throw MismatchedInputException.from(p, handledType(), "must be an ISO 8601 date or time, written as a string");
            }
            String text = p.getString();
            T value = delegate.deserialize(p, ctxt);
            if (value != null) {
                LocalDate d = day.apply(value);
                if (d.isBefore(EARLIEST) || !d.isBefore(LATEST)) {
                    throw new DateOutOfRange(p, text, handledType());
                }
            }
            return value;
        }
    }
}
