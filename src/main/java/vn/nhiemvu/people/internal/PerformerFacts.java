package vn.nhiemvu.people.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.people.People;
import vn.nhiemvu.people.Performer;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskPageFact;
import vn.nhiemvu.task.TaskPageSource;

/** The task's page shows who carries the task out now (người thực hiện), read through this module's API. */
@Component
class PerformerFacts implements TaskPageSource {

    private final People people;

    PerformerFacts(People people) {
        this.people = people;
    }

    @Override
    public List<TaskPageFact> facts(CurrentUser user, long taskId) {
        List<Message> current = people.workItem(user, taskId).performers().stream()
                .filter(p -> p.until() == null)
                .map(PerformerFacts::words)
                .toList();
        return List.of(new TaskPageFact(10, Message.of("people.task.performers"),
                current.isEmpty() ? List.of(Message.of("people.task.performers.none")) : current));
    }

    private static Message words(Performer p) {
        return Message.of("people.task.performer", p.displayName().isBlank() ? p.username() : p.displayName(),
                DisplayDates.of(p.from(), false));
    }
}
