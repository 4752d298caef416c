package uk.safeshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import uk.safeshare.shared.validation.SingleLine;

/**
 * F-10 across every module: each short text field (at most 200 characters: names, labels, areas,
 * owners, references) of every command record, API and forms alike, refuses line breaks and control
 * characters, which would otherwise be copied into audit text, logs and CSV files.
 */
class SingleLineFieldsTest {

    @Test
    void every_short_text_field_of_every_command_is_single_line() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("uk.safeshare")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (var component : type.getRecordComponents()) {
                // Bean Validation's constraints reach a record's fields (their targets include FIELD, not RECORD_COMPONENT).
                var field = type.getDeclaredField(component.getName());
                Size size = field.getAnnotation(Size.class);
                if (component.getType() == String.class && size != null && size.max() <= 200
                        && !component.getName().toLowerCase().contains("password")) {
                    checked++;
                    if (field.getAnnotation(SingleLine.class) == null) {
                        missing.add(type.getName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }
}
