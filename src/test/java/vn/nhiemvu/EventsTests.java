package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import tools.jackson.databind.json.JsonMapper;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveEvent;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.plan.PlanVersion;

/**
 * The events' rules (ADR 0032): every event a listener of ours receives, and every audited one, is a record named in
 * the past tense that carries facts (ids, the actor, dates, a few fields), never a whole entity; what the audit stores
 * as before and after travels apart, in {@link AuditedChange}.
 */
class EventsTests {

    /** Past participles not ending in -ed. */
    private static final Set<String> IRREGULAR = Set.of("Withdrawn", "Sent", "Made", "Given", "Taken", "Begun",
            "Written", "Done", "Held", "Set", "Read");

    /**
     * Events that still carry an entity, and why. Task events are reshaped with the task aggregate (issue 15, item 1):
     * the dashboard counts each change from the task before and after.
     */
    private static final Set<String> STILL_CARRY_AN_ENTITY = Set.of("TaskCreated", "TaskUpdated", "TaskCompleted",
            "TaskReopened", "TaskDeleted", "GuidanceRequested", "GuidanceDecided", "TaskDeadlineChangeRecorded");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.nhiemvu");

    /** The event types: what listeners of ours receive and what the audit records, families opened up. */
    static Set<Class<?>> eventTypes() {
        var found = new ArrayList<Class<?>>();
        for (JavaClass c : CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                boolean listener = m.isAnnotatedWith(EventListener.class)
                        || m.isAnnotatedWith(ApplicationModuleListener.class)
                        || m.isAnnotatedWith(TransactionalEventListener.class);
                if (listener && m.getRawParameterTypes().size() == 1) {
                    JavaClass type = m.getRawParameterTypes().get(0);
                    if (type.getPackageName().startsWith("vn.nhiemvu")) {
                        found.add(type.reflect());
                    }
                }
            }
            if (c.isAssignableTo(AuditableEvent.class) && !c.isInterface()) {
                found.add(c.reflect());
            }
        }
        var events = new LinkedHashSet<Class<?>>();
        found.forEach(type -> open(type, events));
        return events;
    }

    private static void open(Class<?> type, Set<Class<?>> into) {
        if (type == AuditableEvent.class) {
            CLASSES.stream().filter(c -> c.isAssignableTo(AuditableEvent.class) && !c.isInterface())
                    .forEach(c -> into.add(c.reflect()));
        } else if (type.isSealed()) {
            Arrays.stream(type.getPermittedSubclasses()).forEach(sub -> open(sub, into));
        } else {
            into.add(type);
        }
    }

    @Test
    void theEventsAreFoundThroughTheirListenersAndTheAudit() {
        Set<String> names = new TreeSet<>(eventTypes().stream().map(Class::getSimpleName).toList());
        // One of each family and kind of listener, so that the search itself cannot go blind.
        assertThat(names).contains("PlanApproved", "DossierReturned", "DirectiveUpdated", "TaskCreated",
                "NoticeIssued", "NoticesSettled", "EvaluationPolicyChanged", "CalendarDayChanged", "RecountRequested",
                "UrgingLetterIssued", "OrganizationImported");
    }

    @Test
    void everyEventIsARecordNamedInThePastTense() {
        var wrong = new TreeSet<String>();
        for (Class<?> event : eventTypes()) {
            String name = event.getSimpleName();
            if (!event.isRecord() || !(name.endsWith("ed") || IRREGULAR.stream().anyMatch(name::endsWith))) {
                wrong.add(event.getName());
            }
        }
        assertThat(wrong).as("events that are not records named in the past tense").isEmpty();
    }

    @Test
    void noEventCarriesAWholeEntity() {
        Map<String, List<String>> carrying = new TreeMap<>();
        for (Class<?> event : eventTypes()) {
            for (RecordComponent component : event.getRecordComponents()) {
                if (entityIn(component.getGenericType())) {
                    carrying.computeIfAbsent(event.getSimpleName(), k -> new ArrayList<>()).add(component.getName());
                }
            }
        }
        assertThat(carrying.keySet()).as("events carrying an entity or an untyped object: %s", carrying)
                .isEqualTo(STILL_CARRY_AN_ENTITY);
    }

    @Test
    void theRuleForEntitiesSeesThem() {
        assertThat(entityIn(PlanVersion.class)).isTrue();
        assertThat(entityIn(Directive.class)).isTrue();
        assertThat(entityIn(Object.class)).isTrue();
        assertThat(entityIn(AuditedChange.class)).isFalse();
        assertThat(entityIn(CalendarDay.class)).isFalse();
    }

    /**
     * What runs after the commit receives the event as the registry stored it (JSON): the facts must come back equal,
     * although a record has a second constructor and the audit's before and after come back untyped.
     */
    @Test
    void eventsWorkedOnAfterTheCommitSurviveTheRegistrysRoundTrip() {
        var json = JsonMapper.builder().build();
        var before = new Directive(7, 1, DirectiveKind.CHI_THI, "75/CT-BTTTT",
                1, LocalDate.of(2026, 3, 2), "Nguyễn Văn A", "Tóm tắt", null, null, 0);
        var after = new Directive(7, 1, DirectiveKind.CHI_THI, "75/CT-BTTTT",
                1, LocalDate.of(2026, 3, 2), "Nguyễn Văn A", "Tóm tắt", null,
                LocalDate.of(2026, 6, 30), 1);
        var updated = new DirectiveEvent.DirectiveUpdated(before, after, "admin");
        var back = json.readValue(json.writeValueAsString(updated),
                DirectiveEvent.DirectiveUpdated.class);
        assertThat(back.directiveId()).isEqualTo(7);
        assertThat(back.agencyId()).isEqualTo(1);
        assertThat(back.actor()).isEqualTo("admin");
        assertThat(back.number()).isEqualTo("75/CT-BTTTT");
        assertThat(back.extensionCutoffChanged()).isTrue();
    }

    /**
     * An entity is a record with an identity of its own (an {@code id} component); an untyped object may be anything.
     * Type arguments (a list of entities) count too.
     */
    private static boolean entityIn(Type type) {
        if (type instanceof ParameterizedType p) {
            return entityIn(p.getRawType()) || Stream.of(p.getActualTypeArguments()).anyMatch(EventsTests::entityIn);
        }
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        if (c == Object.class) {
            return true;
        }
        return c.isRecord() && c != AuditedChange.class
                && Arrays.stream(c.getRecordComponents()).anyMatch(rc -> rc.getName().equals("id"));
    }
}
