package vn.nhiemvu.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.monitoring.MonitoringPermissions;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.monitoring.UrgingLetter;
import vn.nhiemvu.monitoring.UrgingLetterIssued;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.officialdocument.OfficialDocument;
import vn.nhiemvu.officialdocument.OfficialDocumentRenderer;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskView;

/**
 * The Office's urging letters: the overdue and due-soon tasks a unit leads (status from the task module), as a
 * công văn in the layout of Nghị định 30/2020, numbered in the agency's yearly sequence ("15/VP-TH"), kept, written
 * into each task's history, then sent to the unit's accounts as a notice with the PDF.
 */
@Service
class UrgingService implements UrgingLetters {

    private static final Set<TaskStatus> URGED = Set.of(TaskStatus.OVERDUE, TaskStatus.DUE_SOON);

    private final JdbcUrgingLetters letters;
    private final NoticeSender sender;
    private final TaskManagement tasks;
    private final Organization organization;
    private final OfficialDocumentRenderer renderer;
    private final ITemplateEngine templates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MonitoringProperties.Urging letterhead;

    UrgingService(JdbcUrgingLetters letters, NoticeSender sender, TaskManagement tasks, Organization organization,
            OfficialDocumentRenderer renderer, ITemplateEngine templates, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock, MonitoringProperties properties) {
        this.letters = letters;
        this.sender = sender;
        this.tasks = tasks;
        this.organization = organization;
        this.renderer = renderer;
        this.templates = templates;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.letterhead = properties.urging();
    }

    @Override
    public List<UrgingLetter> issue(CurrentUser user, Long unitId, String previewed) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<UrgingLetter.Item>> byUnit = selection(user, unitId, today);
        if (previewed != null && !previewed.equals(fingerprint(byUnit, today))) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.monitoring.urging.changed"));
        }
        var issued = new ArrayList<UrgingLetter>();
        for (long id : byUnit.keySet()) {
            Unit unit = organization.unit(user.agencyId(), id).orElseThrow();
            UrgingLetter letter = tx.execute(status -> create(user, unit, byUnit.get(id), today));
            sender.send(new JdbcNotices.Draft(user.agencyId(), NoticeRule.URGING_LETTER, "LETTER", letter.id(),
                    letter.number(), null, unit.id(), "Phiếu đôn đốc số " + letter.number() + " của Văn phòng Bộ",
                    "Văn phòng Bộ đôn đốc " + unit.name() + " thực hiện " + letter.tasks().size()
                            + " nhiệm vụ quá hạn hoặc sắp đến hạn (phiếu số " + letter.number() + ", kèm theo).",
                    "/monitoring/urging/" + letter.id(), today),
                    () -> sender.members(user.agencyId(), Role.UNIT, unit.id(), null), letter.id());
            issued.add(letter);
        }
        return issued;
    }

    @Override
    public UrgingLetter.Preview preview(CurrentUser user, Long unitId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<UrgingLetter.Item>> byUnit = selection(user, unitId, today);
        var drafts = new ArrayList<UrgingLetter.Draft>();
        byUnit.forEach((id, items) -> {
            Unit unit = organization.unit(user.agencyId(), id).orElseThrow();
            drafts.add(new UrgingLetter.Draft(id, unit.name(), document(user, unit, items, today, null), items));
        });
        return new UrgingLetter.Preview(drafts, fingerprint(byUnit, today));
    }

    @Override
    public byte[] previewPdf(CurrentUser user, long unitId) {
        return renderer.renderPdf(preview(user, unitId).drafts().get(0).document());
    }

    /**
     * The tasks each letter would list now, by unit: the one unit asked for (invalid input if it has none), or every
     * unit with some. The Office or an administrator only.
     */
    private Map<Long, List<UrgingLetter.Item>> selection(CurrentUser user, Long unitId, LocalDate today) {
        MonitoringPermissions.POLICY.checkAny(user, MonitoringPermissions.Action.URGE);
        Map<Long, List<UrgingLetter.Item>> byUnit = urgedTasks(user, today);
        if (unitId == null) {
            return byUnit;
        }
        organization.unit(user.agencyId(), unitId)
                .orElseThrow(() -> InvalidInputException.of("unitId", Message.of("invalid.identity.unit.unknown", unitId)));
        if (!byUnit.containsKey(unitId)) {
            throw InvalidInputException.of("unitId", Message.of("invalid.monitoring.unit-id.invalid"));
        }
        return Map.of(unitId, byUnit.get(unitId));
    }

    /** What the letters say, in a few characters: the day, and per unit each task with its status and deadline. */
    private static String fingerprint(Map<Long, List<UrgingLetter.Item>> byUnit, LocalDate today) {
        var text = new StringBuilder(today.toString());
        new java.util.TreeMap<>(byUnit).forEach((unit, items) -> {
            text.append('|').append(unit);
            items.forEach(i -> text.append(',').append(i.taskId()).append(':').append(i.status()).append(':')
                    .append(i.deadline()).append(':').append(i.workingDaysLate()));
        });
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Overdue and due-soon tasks by lead unit as the letters list them, the most overdue first. */
    private Map<Long, List<UrgingLetter.Item>> urgedTasks(CurrentUser user, LocalDate today) {
        var byUnit = new LinkedHashMap<Long, List<TaskView>>();
        var filter = TaskFilter.of(URGED, today);
        String cursor = null;
        do {
            TaskPage page = tasks.list(user, filter, cursor, TaskManagement.MAX_LIMIT);
            for (TaskView t : page.items()) {
                if (t.leadUnit() != null) {
                    byUnit.computeIfAbsent(t.leadUnit().id(), k -> new ArrayList<>()).add(t);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        var items = new LinkedHashMap<Long, List<UrgingLetter.Item>>();
        byUnit.forEach((unit, list) -> items.put(unit, list.stream()
                .sorted(Comparator.comparingLong(TaskView::workingDaysLate).reversed()
                        .thenComparing(TaskView::applicableDeadline).thenComparingLong(TaskView::id))
                .map(t -> new UrgingLetter.Item(t.id(), t.title(), t.applicableDeadline(), t.status().name(),
                        t.status().label(), t.workingDaysLate()))
                .toList()));
        return items;
    }

    private UrgingLetter create(CurrentUser user, Unit unit, List<UrgingLetter.Item> items, LocalDate today) {
        int year = today.getYear();
        int sequence = letters.nextNumber(user.agencyId(), year);
        String number = sequence + "/" + letterhead.numberSuffix();
        byte[] pdf = renderer.renderPdf(document(user, unit, items, today, number));
        long id = letters.insert(user.agencyId(), unit.id(), year, sequence, number, today, pdf, items,
                user.username());
        for (UrgingLetter.Item item : items) {
            events.publishEvent(new UrgingLetterIssued(user.agencyId(), item.taskId(), id, number, user.username()));
        }
        return letters.find(user.agencyId(), id, unitNames(user.agencyId())).orElseThrow();
    }

    /** The units' names from the organization module's directory (cached), for letters read back. */
    private LongFunction<String> unitNames(long agencyId) {
        return unitId -> organization.unit(agencyId, unitId).map(Unit::name).orElse(null);
    }

    /** The letter as it is printed; without a number (a preview) it leaves room before the number's suffix. */
    private OfficialDocument document(CurrentUser user, Unit unit, List<UrgingLetter.Item> items, LocalDate today,
            String number) {
        var context = new Context(Locale.forLanguageTag("vi-VN"));
        context.setVariable("unitName", unit.name());
        context.setVariable("asOf", today);
        context.setVariable("items", items);
        String body = templates.process("monitoring/urging-body", context);
        return new OfficialDocument(parentAgency(user.agencyId()), letterhead.issuingAgency(),
                number != null ? number : "      /" + letterhead.numberSuffix(), letterhead.place(), today, null,
                "đôn đốc thực hiện nhiệm vụ được giao", List.of(unit.name()), body,
                List.of("- Như trên;", "- Lãnh đạo Bộ (để báo cáo);", "- Lưu: VT, TH."),
                letterhead.signingCapacity(), letterhead.signerName(), false);
    }

    private String parentAgency(long agencyId) {
        return letterhead.parentAgency() != null ? letterhead.parentAgency()
                : organization.agency(agencyId).map(a -> a.name().toUpperCase(Locale.forLanguageTag("vi"))).orElse(null);
    }

    @Override
    public List<UrgingLetter> list(CurrentUser user, Long taskId) {
        if (taskId != null && !tasks.isVisible(user, taskId)) {
            throw new NotFoundException(Message.of("notfound.task.task.none", taskId));
        }
        return letters.list(user.agencyId(), ownUnit(user), taskId, unitNames(user.agencyId()));
    }

    @Override
    public UrgingLetter get(CurrentUser user, long id) {
        return letters.find(user.agencyId(), id, unitNames(user.agencyId()))
                .filter(l -> ownUnit(user) == null || l.unitId() == ownUnit(user))
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.monitoring.urging.unknown", id)));
    }

    @Override
    public byte[] pdf(CurrentUser user, long id) {
        return pdfForDelivery(get(user, id).id());
    }

    @Override
    public byte[] pdfForDelivery(long id) {
        return letters.pdf(id).orElseThrow(() -> new NotFoundException(
                Message.of("notfound.monitoring.urging.unknown", id)));
    }

    /** A unit's staff see only the letters to their unit; others see the agency's. */
    private static Long ownUnit(CurrentUser user) {
        return user.role() == Role.UNIT ? user.unitId() : null;
    }
}
