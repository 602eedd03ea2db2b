package vn.nhiemvu.measurement.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.nhiemvu.area.AreaBoard;
import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.measurement.Disclosure;
import vn.nhiemvu.measurement.Indicator;
import vn.nhiemvu.measurement.IndicatorStanding;
import vn.nhiemvu.measurement.IndicatorValue;
import vn.nhiemvu.measurement.MeasurementPermissions;
import vn.nhiemvu.measurement.MeasurementRecorded;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * The public page's choices ({@code publication}) and its board: the chosen areas' figures (read as the agency's
 * Office, so the figures are whole, but only the counts leave) and the chosen indicators' standings, as of today.
 * A board is kept ten minutes per agency (the page is open to anyone, so it must not recount on every request); a new
 * choice drops it on every node once committed, through a cluster signal ({@value #PUBLISHED}, the agency's id).
 */
@Service
@Transactional
class DisclosureService implements Disclosure {

    static final Duration KEPT = Duration.ofMinutes(10);
    static final String PUBLISHED = "publication-changed";

    private final JdbcPublications publications;
    private final JdbcIndicators indicators;
    private final ManagementAreas areas;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterSignals signals;
    private final Cache<Long, PublicBoard> boards = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(1000)
            .build();

    DisclosureService(JdbcPublications publications, JdbcIndicators indicators, ManagementAreas areas, Organization organization,
            ApplicationEventPublisher events, Clock clock, ClusterSignals signals) {
        this.publications = publications;
        this.indicators = indicators;
        this.areas = areas;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
        this.signals = signals;
        // A node that may have missed a signal drops every board rather than show an old choice for ten minutes.
        signals.subscribe(PUBLISHED, agency -> boards.invalidate(Long.valueOf(agency)), boards::invalidateAll);
    }

    @Override
    @Transactional(readOnly = true)
    public Choices choices(CurrentUser user) {
        IndicatorService.staffOnly(user);
        return choices(user.agencyId(), user);
    }

    @Override
    public Choices publish(CurrentUser user, List<String> areaCodes, List<String> indicatorCodes) {
        MeasurementPermissions.POLICY.checkAny(user, MeasurementPermissions.Action.PUBLISH);
        long agencyId = user.agencyId();
        Map<String, Long> areaIds = areas.list(user).stream()
                .collect(Collectors.toMap(ManagementArea::code, ManagementArea::id));
        Map<String, Long> indicatorIds = indicators.list(agencyId).stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::id));
        var errors = new InvalidInputException.Collector();
        Set<Long> chosenAreas = ids(areaCodes, areaIds, "areas", "invalid.measurement.area.unknown", errors);
        Set<Long> chosenIndicators = ids(indicatorCodes, indicatorIds, "indicators",
                "invalid.measurement.indicator.unknown", errors);
        errors.throwIfAny();
        Choices before = choices(agencyId, user);
        publications.replace(agencyId, "AREA", chosenAreas, user.username(), clock.instant());
        publications.replace(agencyId, "INDICATOR", chosenIndicators, user.username(), clock.instant());
        Choices after = choices(agencyId, user);
        events.publishEvent(new MeasurementRecorded("PUBLICATION", agencyId, agencyId, "PUBLISHED", user.username(),
                new AuditedChange(before, after)));
        // Dropped now, so that a board computed during the transaction is not kept, and on every node (this one
        // included) once the new choice is committed.
        boards.invalidate(agencyId);
        signals.publish(PUBLISHED, Long.toString(agencyId));
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicBoard board(String agencyCode) {
        Agency agency = organization.agencyByCode(agencyCode == null ? "" : agencyCode.strip().toUpperCase())
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.shared.not-found")));
        return boards.get(agency.id(), id -> compute(agency));
    }

    private PublicBoard compute(Agency agency) {
        LocalDate today = LocalDate.now(clock);
        CurrentUser office = office(agency.id());
        Set<Long> areaIds = published(agency.id(), "AREA");
        Set<Long> indicatorIds = published(agency.id(), "INDICATOR");
        var publicAreas = new ArrayList<PublicArea>();
        if (!areaIds.isEmpty()) {
            AreaBoard board = areas.board(office, null, null, today, null);
            board.areas().stream().filter(f -> areaIds.contains(f.area().id()))
                    .forEach(f -> publicAreas.add(new PublicArea(f.area().name(), f.tasks(), f.byStatus(),
                            f.onTimeRate(), f.overdue())));
        }
        var publicIndicators = new ArrayList<PublicIndicator>();
        List<Indicator> chosen = indicators.list(agency.id()).stream().filter(i -> indicatorIds.contains(i.id()))
                .toList();
        Map<Long, List<IndicatorValue>> values = indicators.values(chosen.stream().map(Indicator::id).toList(),
                clock.instant().plusSeconds(1));
        for (Indicator i : chosen) {
            IndicatorStanding s = IndicatorStanding.of(i, values.getOrDefault(i.id(), List.of()));
            // Only the figures: who recorded a value, from where and with which evidence stays inside.
            publicIndicators.add(new PublicIndicator(i.name(), i.unitOfMeasure(), i.direction(), i.target(),
                    i.periodYear(), s.latest() == null ? null : s.latest().value(),
                    s.latest() == null ? null : s.latest().periodKey(), s.forecast(), s.yearEnd(), s.status()));
        }
        return new PublicBoard(agency.name(), today, clock.instant(), publicAreas, publicIndicators);
    }

    private Choices choices(long agencyId, CurrentUser reader) {
        Set<Long> areaIds = published(agencyId, "AREA");
        Set<Long> indicatorIds = published(agencyId, "INDICATOR");
        return new Choices(
                areas.list(reader).stream().filter(a -> areaIds.contains(a.id())).map(ManagementArea::code).toList(),
                indicators.list(agencyId).stream().filter(i -> indicatorIds.contains(i.id())).map(Indicator::code)
                        .sorted().toList());
    }

    private Set<Long> published(long agencyId, String kind) {
        return publications.published(agencyId, kind);
    }

    private static Set<Long> ids(List<String> codes, Map<String, Long> known, String field, String message,
            InvalidInputException.Collector errors) {
        var ids = new LinkedHashSet<Long>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String c = code == null ? "" : code.strip().toUpperCase();
            Long id = known.get(c);
            if (id == null) {
                errors.add(field, Message.of(message, code == null ? "" : code.strip()));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The figures are the agency's as its Office sees them: every task counts, none is shown. */
    private static CurrentUser office(long agencyId) {
        return new CurrentUser(0, "public", "Trang công khai", Role.OFFICE, agencyId, null, null);
    }
}
