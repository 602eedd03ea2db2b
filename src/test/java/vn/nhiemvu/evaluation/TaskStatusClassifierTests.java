package vn.nhiemvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TaskStatusClassifierTests {

    private final TaskStatusClassifier classifier = new TaskStatusClassifier(7);

    @ParameterizedTest(name = "deadline {0}, completed {1}, as of {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # deadline,  completed,  as of,      status
            2021-03-15,  -,          2021-01-10, IN_PROGRESS
            2021-03-15,  -,          2021-03-07, IN_PROGRESS
            2021-03-15,  -,          2021-03-08, DUE_SOON
            2021-03-15,  -,          2021-03-12, DUE_SOON
            2021-03-15,  -,          2021-03-15, DUE_SOON
            2021-03-15,  -,          2021-03-16, OVERDUE
            2021-03-15,  -,          2022-01-01, OVERDUE
            2021-03-15,  2021-03-15, 2022-01-01, COMPLETED_ON_TIME
            2021-03-15,  2021-03-01, 2021-03-01, COMPLETED_ON_TIME
            2021-03-15,  2021-03-16, 2021-03-16, COMPLETED_LATE
            2021-03-15,  2021-06-30, 2022-01-01, COMPLETED_LATE
            # a completion after the as-of date has not happened yet as of that date
            2021-03-15,  2021-03-20, 2021-03-10, DUE_SOON
            2021-03-15,  2021-03-20, 2021-03-18, OVERDUE
            2021-03-15,  2021-03-10, 2021-01-01, IN_PROGRESS
            -,           -,          2021-01-01, NO_DEADLINE
            -,           2021-02-01, 2021-03-01, COMPLETED_ON_TIME
            -,           2021-02-01, 2021-01-01, NO_DEADLINE
            # leap day and year end
            2024-02-29,  -,          2024-02-22, DUE_SOON
            2024-02-29,  -,          2024-02-21, IN_PROGRESS
            2020-12-31,  2021-01-01, 2021-01-01, COMPLETED_LATE
            """)
    void classifiesByDeadlineCompletionAndDate(LocalDate deadline, LocalDate completedAt, LocalDate asOf,
            TaskStatus expected) {
        assertThat(classifier.classify(deadline, completedAt, asOf)).isEqualTo(expected);
    }

    @Test
    void aZeroDayWindowMakesOnlyTheDeadlineDayDueSoon() {
        var strict = new TaskStatusClassifier(0);
        LocalDate deadline = LocalDate.of(2020, 9, 30);
        assertThat(strict.classify(deadline, null, deadline)).isEqualTo(TaskStatus.DUE_SOON);
        assertThat(strict.classify(deadline, null, deadline.minusDays(1))).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void dueSoonUntilIsTheLastDeadlineInTheWindow() {
        assertThat(classifier.dueSoonUntil(LocalDate.of(2020, 12, 28))).isEqualTo(LocalDate.of(2021, 1, 4));
    }

    @Test
    void refusesANegativeWindowAndAMissingDate() {
        assertThatThrownBy(() -> new TaskStatusClassifier(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classifier.classify(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyStatusHasAVietnameseLabel() {
        for (TaskStatus status : TaskStatus.values()) {
            assertThat(status.label()).isNotBlank();
        }
        assertThat(TaskStatus.OVERDUE.label()).isEqualTo("Quá hạn");
    }
}
