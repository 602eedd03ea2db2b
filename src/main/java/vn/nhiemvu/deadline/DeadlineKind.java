package vn.nhiemvu.deadline;

/** What a deadline phrase names, and so how its date was derived (DOMAIN.md §2). */
public enum DeadlineKind {

    /** A named day: "ngày 30/9/2020", "trước ngày …", "chậm nhất ngày …", "đến ngày …". */
    EXACT,

    /** The last day of a month: "trong tháng 12 năm 2020", "tháng 12/2020". */
    END_OF_MONTH,

    /** The last day of a quarter: "trong quý III năm 2020", "quý 3/2020". */
    END_OF_QUARTER,

    /** 30/6 or 31/12: "6 tháng đầu năm 2021", "6 tháng cuối năm", "giữa năm". */
    END_OF_HALF,

    /** 31/12: "trong năm 2021", "năm 2021", "cuối năm". */
    END_OF_YEAR,

    /** 31/12 of the last year of a multi-year period: "giai đoạn 2021–2025". */
    END_OF_PERIOD,

    /** N calendar or working days (weeks, months) counted from the day after a date. */
    RELATIVE,

    /** The last working day of a week: "trong tuần", "tuần sau". */
    WEEK,

    /** One instance per period ("hằng tháng", "định kỳ hằng quý"); the date is the next instance. */
    RECURRING,

    /** No date at all: "thường xuyên", "liên tục", "kịp thời". */
    ONGOING
}
