package uk.safeshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DataBinder;

/** A value a form field cannot take is reported in words a user can act on, naming the field. */
class FormBindingErrorsTest {

    enum Status { OPEN, CLOSED }

    enum Need { HOUSING, IMMIGRATION_ADVICE }

    public static class Form {
        private Status status;
        private Integer days;
        private LocalDate dateOfBirth;
        private List<Need> needs;
        @NotNull(message = "Select how the notice was given")
        private Status method;
        private java.util.UUID supportServiceId;

        public Status getStatus() { return status; }
        public void setStatus(Status v) { status = v; }
        public Integer getDays() { return days; }
        public void setDays(Integer v) { days = v; }
        public LocalDate getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
        public List<Need> getNeeds() { return needs; }
        public void setNeeds(List<Need> v) { needs = v; }
        public Status getMethod() { return method; }
        public void setMethod(Status v) { method = v; }
        public java.util.UUID getSupportServiceId() { return supportServiceId; }
        public void setSupportServiceId(java.util.UUID v) { supportServiceId = v; }
    }

    public record Command(Status status, int threshold) {
    }

    private static String error(Object target, String field, String value) {
        DataBinder binder = new DataBinder(target, "form");
        binder.setConversionService(new org.springframework.format.support.DefaultFormattingConversionService());
        binder.setBindingErrorProcessor(new FormBindingErrors(target::getClass));
        binder.bind(new MutablePropertyValues(java.util.Map.of(field, value)));
        return binder.getBindingResult().getFieldError(field).getDefaultMessage();
    }

    @Test
    void an_unknown_code_asks_for_an_option_from_the_list() {
        assertThat(error(new Form(), "status", "TELEPATHY")).isEqualTo("Select a status from the list");
        assertThat(error(new Form(), "needs", "NOT_A_NEED")).isEqualTo("Select needs from the list");
    }

    @Test
    void a_choice_held_by_its_id_is_named_without_the_id() {
        assertThat(error(new Form(), "supportServiceId", "not-a-uuid")).isEqualTo("Select a support service from the list");
    }

    @Test
    void a_field_with_its_own_select_message_uses_it() {
        assertThat(error(new Form(), "method", "CARRIER_PIGEON")).isEqualTo("Select how the notice was given");
    }

    @Test
    void text_in_a_number_or_date_field_asks_for_a_number_or_a_real_date() {
        assertThat(error(new Form(), "days", "thirty")).isEqualTo("Days must be a number");
        assertThat(error(new Form(), "dateOfBirth", "yesterday")).isEqualTo("Date of birth must be a real date");
    }

    @Test
    void a_record_built_from_the_form_gets_the_same_messages() {
        DataBinder binder = new DataBinder(null, "form");
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(Command.class));
        binder.setConversionService(new org.springframework.format.support.DefaultFormattingConversionService());
        binder.setBindingErrorProcessor(new FormBindingErrors(() -> Command.class));
        var values = java.util.Map.of("status", "TELEPATHY", "threshold", "1e309x");
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return values.get(name);
            }

            @Override
            public java.util.Set<String> getNames() {
                return values.keySet();
            }
        });
        assertThat(binder.getBindingResult().getFieldError("status").getDefaultMessage()).isEqualTo("Select a status from the list");
        assertThat(binder.getBindingResult().getFieldError("threshold").getDefaultMessage()).isEqualTo("Threshold must be a number");
    }
}
