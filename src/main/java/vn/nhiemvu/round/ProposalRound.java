package vn.nhiemvu.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.nhiemvu.shared.Message;

/**
 * A proposal round (đợt lấy đề xuất): the organiser (an agency's unit, such as Cục Chuyển đổi số quốc gia) asks the
 * addressee agencies to propose on the {@link RoundTemplate} by the deadline. It is opened, takes drafts and
 * submissions while open, and is closed by the organiser; once closed it receives nothing more. Late answers are
 * received only when {@link #acceptLate()} says so, and always marked late ({@link Lateness}).
 *
 * @param agencyId         the organiser's agency (the ministry)
 * @param organiserUnitId  the unit that runs the round; it acts on it as a task's lead unit does
 * @param letterDate       the date of the request letter, from which the deadline phrase is read
 * @param deadlineText     the deadline as the letter words it ("trước ngày 15/01/2024")
 * @param deadline         the date the phrase gives (or the organiser's, when the phrase names none)
 * @param addresseeIds     the agencies asked, in the organiser's order
 */
public record ProposalRound(long id, long agencyId, long organiserUnitId, String title, String legalBasis,
        String instructions, LocalDate letterDate, String deadlineText, LocalDate deadline, boolean acceptLate,
        RoundStatus status, List<Long> addresseeIds, RoundTemplate template, String openedBy, Instant openedAt,
        String closedBy, Instant closedAt, long version) {

    public ProposalRound {
        addresseeIds = List.copyOf(addresseeIds);
    }

    public boolean addressed(long agencyId) {
        return addresseeIds.contains(agencyId);
    }

    public boolean open() {
        return status == RoundStatus.OPEN;
    }

    /** Why an answer may not be saved or submitted with this lateness; empty when it may. */
    public Optional<Message> intakeRefusal(Lateness lateness) {
        if (!open()) {
            return Optional.of(Message.of("conflict.round.intake.closed"));
        }
        if (lateness.late() && !acceptLate) {
            return Optional.of(Message.of("conflict.round.intake.late", vn.nhiemvu.shared.Dates.format(deadline),
                    lateness.workingDays()));
        }
        return Optional.empty();
    }

    /** The round closed by the user; a closed round cannot be closed again. */
    public ProposalRound close(String by, Instant at) {
        if (!open()) {
            throw new IllegalStateException("round " + id + " is already closed");
        }
        return new ProposalRound(id, agencyId, organiserUnitId, title, legalBasis, instructions, letterDate,
                deadlineText, deadline, acceptLate, RoundStatus.CLOSED, addresseeIds, template, openedBy, openedAt, by,
                at, version + 1);
    }
}
