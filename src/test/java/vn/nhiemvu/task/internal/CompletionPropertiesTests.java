package vn.nhiemvu.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.TaskKind;

/** The properties as an operator writes them bind to every kind, an empty value to no step. */
class CompletionPropertiesTests {

    @Test
    void kindsInKebabCaseAndAnEmptyListBind() {
        var source = new MapConfigurationPropertySource(Map.of("nhiemvu.task.completion.max-days-in-past", "5",
                "nhiemvu.task.completion.steps.scheme", "LEGAL_REVIEW_PASSED,SUBMISSION_RECORDED",
                "nhiemvu.task.completion.steps.legal-document", "SUBMISSION_RECORDED, LEGAL_REVIEW_PASSED",
                "nhiemvu.task.completion.steps.report", "RESULT_FILE",
                "nhiemvu.task.completion.steps.other", ""));
        var bound = new Binder(source).bind("nhiemvu.task.completion",
                CompletionConfiguration.CompletionProperties.class).get();
        assertThat(bound.maxDaysInPast()).isEqualTo(5);
        assertThat(bound.steps()).containsOnlyKeys(TaskKind.values());
        assertThat(bound.steps().get(TaskKind.LEGAL_DOCUMENT))
                .containsExactly(CompletionStep.SUBMISSION_RECORDED, CompletionStep.LEGAL_REVIEW_PASSED);
        assertThat(bound.steps().get(TaskKind.OTHER)).isEqualTo(List.of());
    }
}
