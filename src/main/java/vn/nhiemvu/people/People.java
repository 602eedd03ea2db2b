package vn.nhiemvu.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The people module's API (ADR 0040). A task is read through the task module (outside the user's scope: 404); a
 * person by username, in the user's scope ({@code organization.Visibility}: the person's unit must be one the user
 * sees, else 404), then the policy ({@link PeoplePermissions}, else 403). Every change and every read of a sheet is
 * audited.
 */
public interface People {

    /** The task as a work item: performers, weight, checks, causes and the reader's allowed actions. */
    TaskWorkItem workItem(CurrentUser user, long taskId);

    /**
     * Sets the task's performers to exactly these staff accounts of its lead unit, from today: those who stay keep
     * their day, those left out end today ({@link PeoplePermissions.Action#CHOOSE_PERFORMERS}); audited.
     */
    TaskWorkItem choosePerformers(CurrentUser user, long taskId, List<String> usernames);

    /** Sets the task's weight as a work item, 0.1 to 100 ({@link PeoplePermissions.Action#SET_WEIGHT}); audited. */
    TaskWorkItem setWeight(CurrentUser user, long taskId, BigDecimal weight);

    /** Records the unit head's check of a performer's work, on a day not after today; audited. */
    TaskWorkItem recordCheck(CurrentUser user, long taskId, String username, LocalDate checkedOn, boolean passed,
            String note);

    /** Records an objective cause confirmed by the competent level, with its decision; audited. */
    TaskWorkItem recordObjectiveCause(CurrentUser user, long taskId, String username, String decision,
            LocalDate decidedOn, String cause);

    /** Enters the general criteria's points (0–30 by default) for a person and a period; audited. */
    void enterGeneralPoints(CurrentUser user, String username, String period, BigDecimal points, String note);

    /** Designates the head of a unit (a staff account of that unit); audited. */
    void designateHead(CurrentUser user, String unitCode, String username);

    /** The people whose sheets the user may read: themselves, their unit's if head, everyone's for the Office. */
    List<Person> readable(CurrentUser user);

    /**
     * The sheets of the period of everyone the user may read ({@link #readable}), as of the date (null: today), with the
     * cap on "xuất sắc" checked over them; each read is audited.
     */
    PeriodSheets sheets(CurrentUser user, String period, LocalDate asOf);

    /** The person's sheet for the period as of the date (null: today); the read is audited. */
    PersonSheet sheet(CurrentUser user, String username, String period, LocalDate asOf);

    /**
     * The person's rating of the year (Điều 19): the four quarters' sheets reckoned to the as-of date (null: today),
     * at the latest 14/12 of the year, the rating being made before 15/12, and their mean ({@link SheetRules#yearly}).
     * Each sheet read is audited.
     */
    SheetRules.YearRating year(CurrentUser user, String username, int year, LocalDate asOf);
}
