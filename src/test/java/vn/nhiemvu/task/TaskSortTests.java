package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;

class TaskSortTests {

    @Test
    void anAddressNamesAKeyAndMaybeTheOtherWay() {
        assertThat(TaskSort.parse(null)).isEqualTo(TaskSort.DEFAULT);
        assertThat(TaskSort.parse(" ")).isEqualTo(TaskSort.DEFAULT);
        assertThat(TaskSort.parse("deadline")).isEqualTo(new TaskSort(TaskSort.Key.DEADLINE, false));
        assertThat(TaskSort.parse("Unit,DESC")).isEqualTo(new TaskSort(TaskSort.Key.UNIT, true));
        assertThat(TaskSort.parse("updated,asc")).isEqualTo(new TaskSort(TaskSort.Key.UPDATED, false));
        for (TaskSort.Key key : TaskSort.Key.values()) {
            for (boolean descending : new boolean[] { false, true }) {
                var sort = new TaskSort(key, descending);
                assertThat(TaskSort.parse(sort.param())).isEqualTo(sort);
                assertThat(sort.reversed().reversed()).isEqualTo(sort);
            }
        }
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String bad : new String[] { "title", "deadline,up", "deadline,desc,asc", "," }) {
            assertThatThrownBy(() -> TaskSort.parse(bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("sort"));
        }
    }
}
