package vn.nhiemvu.measurement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.MeasurementPermissions;
import vn.nhiemvu.measurement.MeasurementPermissions.Action;
import vn.nhiemvu.measurement.MeasurementRecorded;
import vn.nhiemvu.measurement.ParCriterion;
import vn.nhiemvu.measurement.ParCriterionDraft;
import vn.nhiemvu.measurement.ParIndex;
import vn.nhiemvu.measurement.ParSheet;
import vn.nhiemvu.measurement.ParView;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/** The PAR index's structure, scores and sheet; the sheet's rule is {@link ParSheet}. */
@Service
@Transactional
class ParService implements ParIndex {

    private final JdbcParIndex store;
    private final Organization organization;
    private final ParProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParService(JdbcParIndex store, Organization organization, ParProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ParView sheet(CurrentUser user, int year) {
        IndicatorService.staffOnly(user);
        return view(user, year);
    }

    @Override
    public ParView define(CurrentUser user, int year, String code, ParCriterionDraft draft) {
        MeasurementPermissions.POLICY.checkAny(user, Action.DEFINE_CRITERIA);
        long agencyId = user.agencyId();
        List<ParCriterion> existing = store.criteria(agencyId, year);
        String c = code == null ? "" : code.strip();
        ParCriterion before = existing.stream().filter(x -> x.code().equals(c)).findFirst().orElse(null);
        ParCriterion after = draft.check(before == null ? 0 : before.id(), agencyId, year, c, existing,
                properties.totalPoints(), unit -> organization.unitByCode(agencyId, unit).map(Unit::id));
        long id;
        if (before == null) {
            id = store.insert(after);
        } else {
            id = before.id();
            store.update(after);
        }
        events.publishEvent(new MeasurementRecorded("PAR_CRITERION", id, agencyId, before == null ? "CREATED" : "UPDATED",
                user.username(), new AuditedChange(before, after)));
        return view(user, year);
    }

    @Override
    public ParView assess(CurrentUser user, int year, String code, BigDecimal points, String evidence, String note) {
        IndicatorService.staffOnly(user);
        long agencyId = user.agencyId();
        List<ParCriterion> criteria = store.criteria(agencyId, year);
        String c = code == null ? "" : code.strip();
        ParCriterion criterion = criteria.stream().filter(x -> x.code().equals(c)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.par.criterion.unknown", c, year)));
        MeasurementPermissions.POLICY.check(Action.SELF_ASSESS,
                MeasurementPermissions.toOwner(user, criterion.ownerUnitId()));
        boolean leaf = criteria.stream().noneMatch(criterion::parentOf);
        ParSheet.checkScore(criterion, leaf, points, evidence);
        String text = note == null || note.isBlank() ? null : note.strip();
        var before = Optional.ofNullable(store.latestScores(agencyId, year).get(criterion.id()))
                .map(s -> Map.<String, Object>of("points", s.points(), "evidence", s.evidence())).orElse(null);
        store.addScore(agencyId, criterion.id(), points, evidence.strip(), text, user.username(), clock.instant());
        var after = new LinkedHashMap<String, Object>();
        after.put("points", points);
        after.put("evidence", evidence.strip());
        after.put("note", text == null ? "" : text);
        events.publishEvent(new MeasurementRecorded("PAR_CRITERION", criterion.id(), agencyId, "SELF_ASSESSED",
                user.username(), new AuditedChange(before, after)));
        return view(user, year);
    }

    private ParView view(CurrentUser user, int year) {
        long agencyId = user.agencyId();
        List<ParCriterion> criteria = store.criteria(agencyId, year);
        ParSheet sheet = ParSheet.of(year, criteria, store.latestScores(agencyId, year), properties.totalPoints(),
                properties.surveyPoints());
        var codes = new HashMap<Long, String>();
        var names = new HashMap<Long, String>();
        organization.units(agencyId).forEach(u -> {
            codes.put(u.id(), u.code());
            names.put(u.id(), u.name());
        });
        Set<Long> assessable = new HashSet<>();
        for (ParSheet.Row row : sheet.rows()) {
            if (row.leaf() && !row.criterion().survey() && row.criterion().maxPoints() != null
                    && MeasurementPermissions.POLICY.allows(Action.SELF_ASSESS,
                            MeasurementPermissions.toOwner(user, row.criterion().ownerUnitId()))) {
                assessable.add(row.criterion().id());
            }
        }
        return new ParView(sheet, codes, names, assessable,
                MeasurementPermissions.POLICY.allowsAny(user, Action.DEFINE_CRITERIA));
    }
}
