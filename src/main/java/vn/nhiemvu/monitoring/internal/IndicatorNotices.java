package vn.nhiemvu.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.Role;
import vn.nhiemvu.measurement.Indicators;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * The early warning of indicators (issue 17, ADR 0051): each morning's sweep first has the indicators computed from
 * tasks recomputed (a task becomes overdue as days pass, with no change to tell), then tells the responsible unit and
 * the Office of each indicator whose forecast misses its target, through the same sender, channels and preferences as
 * every notice. The occasion is the latest period measured: one notice per indicator and period, whatever the number
 * of sweeps; a new value for a later period that still misses warns again.
 */
@Component
class IndicatorNotices {

    static final String SUBJECT = "INDICATOR";

    private final NoticeSender sender;
    private final Indicators indicators;

    IndicatorNotices(NoticeSender sender, Indicators indicators) {
        this.sender = sender;
        this.indicators = indicators;
    }

    /** The warnings due today about the agency's indicators; how many were sent now. */
    int sweep(long agencyId, LocalDate asOf) {
        indicators.recomputeFromTasks(agencyId);
        var outgoing = new ArrayList<NoticeSender.Outgoing>();
        for (Indicators.AtRisk i : indicators.atRisk(agencyId, asOf)) {
            var draft = new JdbcNotices.Draft(agencyId, NoticeRule.INDICATOR_AT_RISK, SUBJECT, i.indicatorId(),
                    i.period(), null, i.ownerUnitId(),
                    Message.of("indicator-notice.at-risk.title", i.code()).vietnamese(),
                    Message.of("indicator-notice.at-risk.body", i.name(), i.period(), DisplayDates.date(i.yearEnd()),
                            plain(i.forecast()), i.unitOfMeasure(), plain(i.target())).vietnamese(),
                    "/indicators/" + i.code(), asOf);
            outgoing.add(new NoticeSender.Outgoing(draft, () -> recipients(agencyId, i.ownerUnitId()), null));
        }
        return sender.sendAll(outgoing);
    }

    private List<Notice.Recipient> recipients(long agencyId, long unitId) {
        var to = new ArrayList<>(sender.members(agencyId, Role.UNIT, unitId, null));
        sender.members(agencyId, Role.OFFICE, null, null).stream()
                .filter(o -> to.stream().noneMatch(r -> r.userId() == o.userId())).forEach(to::add);
        return to;
    }

    /** A figure as people write it: two decimals at most, a comma before them. */
    private static String plain(BigDecimal value) {
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.forLanguageTag("vi-VN"))).format(value);
    }
}
