package vn.nhiemvu.measurement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.ApiTokens;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.Indicator;
import vn.nhiemvu.measurement.IndicatorDraft;
import vn.nhiemvu.measurement.IndicatorStanding;
import vn.nhiemvu.measurement.IndicatorValue;
import vn.nhiemvu.measurement.IndicatorView;
import vn.nhiemvu.measurement.Indicators;
import vn.nhiemvu.measurement.MeasurementPermissions;
import vn.nhiemvu.measurement.MeasurementPermissions.Action;
import vn.nhiemvu.measurement.MeasurementRecorded;
import vn.nhiemvu.measurement.ValueChannel;
import vn.nhiemvu.measurement.ValueDraft;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * Indicators and their values. The standing of each is {@link IndicatorStanding#of}, fed with the values recorded by
 * the end of the as-of day; areas and units are read through their modules.
 */
@Service
@Transactional
class IndicatorService implements Indicators {

    private final JdbcIndicators store;
    private final ManagementAreas areas;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ApiTokens tokens;
    private final TaskIndicators computation;

    IndicatorService(JdbcIndicators store, ManagementAreas areas, Organization organization,
            ApplicationEventPublisher events, Clock clock, ApiTokens tokens, TaskIndicators computation) {
        this.tokens = tokens;
        this.computation = computation;
        this.store = store;
        this.areas = areas;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorView> list(CurrentUser user, Integer year, String area, LocalDate asOf) {
        staffOnly(user);
        Map<Long, ManagementArea> byId = areasById(user);
        Long areaId = null;
        if (area != null && !area.isBlank()) {
            String code = area.strip().toUpperCase();
            areaId = byId.values().stream().filter(a -> a.code().equals(code)).map(ManagementArea::id).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("area",
                            Message.of("invalid.measurement.area.unknown", area.strip())));
        }
        Long wantedArea = areaId;
        List<Indicator> chosen = store.list(user.agencyId()).stream()
                .filter(i -> year == null || i.periodYear() == year)
                .filter(i -> wantedArea == null || wantedArea.equals(i.areaId()))
                .toList();
        Map<Long, List<IndicatorValue>> values = store.values(chosen.stream().map(Indicator::id).toList(), cutoff(asOf));
        Map<Long, Unit> units = units(user);
        Comparator<IndicatorView> order = Comparator
                .comparing((IndicatorView v) -> v.areaCode() == null ? Integer.MAX_VALUE
                        : byId.get(v.indicator().areaId()).sortOrder())
                .thenComparing(v -> v.indicator().code());
        return chosen.stream()
                .map(i -> view(user, IndicatorStanding.of(i, values.getOrDefault(i.id(), List.of())), units, byId))
                .sorted(order).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorView get(CurrentUser user, String code, LocalDate asOf) {
        staffOnly(user);
        return standing(user, indicator(user, code), asOf);
    }

    @Override
    public IndicatorView create(CurrentUser user, IndicatorDraft draft) {
        MeasurementPermissions.POLICY.checkAny(user, Action.DEFINE_INDICATOR);
        Indicator checked = check(user, 0, draft);
        long id = store.insert(checked);
        Indicator saved = store.byCode(user.agencyId(), checked.code()).orElseThrow();
        events.publishEvent(new MeasurementRecorded("INDICATOR", id, user.agencyId(), "CREATED", user.username(),
                new AuditedChange(null, saved)));
        return standing(user, saved, null);
    }

    @Override
    public IndicatorView update(CurrentUser user, String code, IndicatorDraft draft) {
        MeasurementPermissions.POLICY.checkAny(user, Action.DEFINE_INDICATOR);
        Indicator before = indicator(user, code);
        Indicator after = check(user, before.id(), draft);
        if (store.hasValues(before.id())
                && (after.frequency() != before.frequency() || after.periodYear() != before.periodYear())) {
            // The values recorded name periods of the frequency and year they were recorded for.
            throw InvalidInputException.of("frequency", Message.of("invalid.measurement.frequency.fixed"));
        }
        store.update(after);
        events.publishEvent(new MeasurementRecorded("INDICATOR", before.id(), user.agencyId(), "UPDATED",
                user.username(), new AuditedChange(before, after)));
        return standing(user, after, null);
    }

    @Override
    public IndicatorView record(CurrentUser user, String code, ValueDraft draft) {
        return record(user, code, draft, ValueChannel.FORM, null);
    }

    @Override
    public IndicatorView record(CurrentUser user, String code, ValueDraft draft, ValueChannel channel,
            String channelRef) {
        staffOnly(user);
        Indicator indicator = indicator(user, code);
        MeasurementPermissions.POLICY.check(Action.RECORD_VALUE,
                MeasurementPermissions.toOwner(user, indicator.ownerUnitId()));
        if (indicator.computed() || channel == ValueChannel.COMPUTED) {
            throw InvalidInputException.of("value", Message.of("invalid.measurement.value.computed",
                    Message.of(indicator.metric() == null ? "measurement.channel.COMPUTED" : indicator.metric().code())));
        }
        Instant now = clock.instant();
        List<IndicatorValue> recorded = store.values(List.of(indicator.id()), now.plusSeconds(1))
                .getOrDefault(indicator.id(), List.of());
        Set<String> measured = recorded.stream().map(IndicatorValue::periodKey).collect(Collectors.toSet());
        var period = draft.check(indicator, measured, LocalDate.now(clock));
        IndicatorValue before = IndicatorStanding.of(indicator, recorded).values().stream()
                .filter(v -> v.periodKey().equals(period.key())).findFirst().orElse(null);
        store.addValue(user.agencyId(), indicator.id(), period.key(), period.to(), draft.value(), draft.source(),
                draft.evidence(), draft.correction(), user.username(), now, channel, channelRef);
        var after = new LinkedHashMap<String, Object>();
        after.put("period", period.key());
        after.put("value", draft.value());
        after.put("source", draft.source());
        after.put("evidence", draft.evidence() == null ? "" : draft.evidence());
        if (draft.correction() != null) {
            after.put("correction", draft.correction());
        }
        after.put("channel", channel.name());
        if (channelRef != null) {
            after.put("channelRef", channelRef);
        }
        events.publishEvent(new MeasurementRecorded("INDICATOR", indicator.id(), user.agencyId(),
                before == null ? "VALUE_RECORDED" : "VALUE_CORRECTED", user.username(), new AuditedChange(
                        before == null ? null : Map.of("period", before.periodKey(), "value", before.value()), after)));
        return standing(user, indicator, null);
    }

    @Override
    public ApiTokens.IssuedToken issueToken(CurrentUser user, String code, String name) {
        staffOnly(user);
        Indicator indicator = indicator(user, code);
        MeasurementPermissions.POLICY.check(Action.RECORD_VALUE,
                MeasurementPermissions.toOwner(user, indicator.ownerUnitId()));
        if (indicator.computed()) {
            throw InvalidInputException.of("name", Message.of("invalid.measurement.token.computed"));
        }
        ApiTokens.IssuedToken issued = tokens.createScoped(user, name, IndicatorTokenScopes.scope(indicator.id()));
        events.publishEvent(new MeasurementRecorded("INDICATOR", indicator.id(), user.agencyId(), "TOKEN_ISSUED",
                user.username(), new AuditedChange(null, Map.of("token", issued.id(), "name", issued.name()))));
        return issued;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiTokens.TokenInfo> tokens(CurrentUser user, String code) {
        staffOnly(user);
        return scopedTokens(user, indicator(user, code));
    }

    private List<ApiTokens.TokenInfo> scopedTokens(CurrentUser user, Indicator indicator) {
        MeasurementPermissions.POLICY.check(Action.RECORD_VALUE,
                MeasurementPermissions.toOwner(user, indicator.ownerUnitId()));
        return tokens.scoped(IndicatorTokenScopes.scope(indicator.id()));
    }

    @Override
    public void revokeToken(CurrentUser user, String code, long tokenId) {
        staffOnly(user);
        Indicator indicator = indicator(user, code);
        // Only its owner revokes a token, as on the page of personal tokens; the others' are listed, not touched.
        ApiTokens.TokenInfo token = scopedTokens(user, indicator).stream()
                .filter(t -> t.id() == tokenId && t.owner().equals(user.username())).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.measurement.token.unknown", tokenId)));
        tokens.revoke(user, tokenId);
        events.publishEvent(new MeasurementRecorded("INDICATOR", indicator.id(), user.agencyId(), "TOKEN_REVOKED",
                user.username(), new AuditedChange(Map.of("token", token.id(), "name", token.name()), null)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AtRisk> atRisk(long agencyId, LocalDate today) {
        List<Indicator> chosen = store.list(agencyId).stream().filter(i -> i.periodYear() == today.getYear()).toList();
        Map<Long, List<IndicatorValue>> values = store.values(chosen.stream().map(Indicator::id).toList(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return chosen.stream().map(i -> IndicatorStanding.of(i, values.getOrDefault(i.id(), List.of())))
                .filter(s -> s.status() == vn.nhiemvu.measurement.IndicatorStatus.AT_RISK)
                .map(s -> new AtRisk(s.indicator().id(), s.indicator().code(), s.indicator().name(),
                        s.indicator().unitOfMeasure(), s.indicator().ownerUnitId(), s.indicator().target(),
                        s.forecast(), s.yearEnd(), s.latest().periodKey()))
                .toList();
    }

    @Override
    public int recomputeFromTasks(long agencyId) {
        return computation.recompute(agencyId);
    }

    private IndicatorView standing(CurrentUser user, Indicator indicator, LocalDate asOf) {
        List<IndicatorValue> values = store.values(List.of(indicator.id()), cutoff(asOf))
                .getOrDefault(indicator.id(), List.of());
        return view(user, IndicatorStanding.of(indicator, values), units(user), areasById(user));
    }

    private IndicatorView view(CurrentUser user, IndicatorStanding standing, Map<Long, Unit> units,
            Map<Long, ManagementArea> areasById) {
        Indicator i = standing.indicator();
        Unit owner = units.get(i.ownerUnitId());
        ManagementArea area = i.areaId() == null ? null : areasById.get(i.areaId());
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        allowed.addAll(MeasurementPermissions.POLICY.allowed(MeasurementPermissions.toOwner(user, i.ownerUnitId())));
        allowed.retainAll(Set.of(Action.DEFINE_INDICATOR, Action.RECORD_VALUE));
        return new IndicatorView(standing, owner == null ? null : owner.code(), owner == null ? null : owner.name(),
                area == null ? null : area.code(), area == null ? null : area.name(), allowed);
    }

    /** The end of the as-of day (today by default) in the application's zone: values recorded before it count. */
    private Instant cutoff(LocalDate asOf) {
        if (asOf == null) {
            return clock.instant().plusSeconds(1);
        }
        return asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private Indicator check(CurrentUser user, long id, IndicatorDraft draft) {
        long agencyId = user.agencyId();
        Map<String, Long> areaIds = areas.list(user).stream()
                .collect(Collectors.toMap(ManagementArea::code, ManagementArea::id));
        return draft.check(id, agencyId, store.list(agencyId),
                unit -> organization.unitByCode(agencyId, unit).map(Unit::id),
                area -> Optional.ofNullable(areaIds.get(area)));
    }

    private Indicator indicator(CurrentUser user, String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        return store.byCode(user.agencyId(), c)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.measurement.indicator.unknown", code)));
    }

    private Map<Long, Unit> units(CurrentUser user) {
        var byId = new HashMap<Long, Unit>();
        organization.units(user.agencyId()).forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    private Map<Long, ManagementArea> areasById(CurrentUser user) {
        var byId = new HashMap<Long, ManagementArea>();
        areas.list(user).forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    /** An outside agency's focal person has no part in the ministry's measurement. */
    static void staffOnly(CurrentUser user) {
        if (!user.staff()) {
            throw new ForbiddenException(Message.of("forbidden.measurement.staff-only"));
        }
    }
}
