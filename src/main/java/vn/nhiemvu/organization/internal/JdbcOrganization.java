package vn.nhiemvu.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.organization.OrganizationImported;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.organization.Visibility;
import vn.nhiemvu.shared.CacheInvalidation;

/** The organization tables, read and written with plain SQL. They are small and change rarely. */
@Service
@Transactional(readOnly = true)
class JdbcOrganization implements Organization {

    private static final String ALIAS_SEPARATOR = "|";

    private static final String SELECT_AGENCY = """
            select id, code, name, kind, aliases, home from agency
            """;

    private static final String SELECT_UNIT = """
            select id, agency_id, parent_id, code, name, kind, aliases from org_unit
            """;

    private static final String CHANGED = "organization.directory-changed";

    private static final String SELECT_LEADER = """
            select id, agency_id, slug, full_name, position, title from leader
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    /**
     * Read on every request (names of units, scope of leaders), written almost never: kept per agency, dropped on
     * every node when it changes (a cluster signal, ADR 0019), else after the time to live (ADR 0010).
     */
    private final Cache<Long, Directory> directories;
    private final ClusterSignals signals;

    /** Late: the accounts answer the directory's affiliations, so they are made after it. */
    private final ObjectProvider<Accounts> accounts;

    JdbcOrganization(JdbcClient jdbc, ApplicationEventPublisher events, ClusterSignals signals,
            OrganizationCacheProperties settings, ObjectProvider<Accounts> accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.signals = signals;
        this.directories = Caffeine.newBuilder().expireAfterWrite(settings.organizationTtl()).build();
        signals.subscribe(CHANGED, agency -> directories.invalidate(Long.valueOf(agency)), directories::invalidateAll);
    }

    private void changed(long agencyId) {
        CacheInvalidation.nowAndAfterCompletion(() -> directories.invalidate(agencyId));
        signals.publish(CHANGED, Long.toString(agencyId));
    }

    /**
     * A focal person acts in the ministry's name on the tasks their agency leads (ADR 0053), so the request may speak
     * for the ministry: the agency they answer for is always their account's.
     */
    @Override
    public Visibility visibility(CurrentUser user) {
        if (!user.respondent()) {
            return Organization.super.visibility(user);
        }
        long own = accounts.getObject().find(user.username()).map(CurrentUser::agencyId).orElse(user.agencyId());
        return Visibility.of(user, Optional.empty(), homeAgency(), own);
    }

    @Override
    public Optional<Agency> homeAgency() {
        return jdbc.sql(SELECT_AGENCY + " where home = true order by id").query(this::mapAgency).optional();
    }

    @Override
    public List<Agency> agencies() {
        return jdbc.sql(SELECT_AGENCY + " order by id").query(this::mapAgency).list();
    }

    @Override
    public Optional<Agency> agencyByCode(String code) {
        return jdbc.sql(SELECT_AGENCY + " where upper(code) = upper(:code)").param("code", code)
                .query(this::mapAgency).optional();
    }

    @Override
    public Optional<Agency> agency(long id) {
        return jdbc.sql(SELECT_AGENCY + " where id = :id").param("id", id).query(this::mapAgency).optional();
    }

    @Override
    public List<Unit> units(long agencyId) {
        return directory(agencyId).units();
    }

    @Override
    public Optional<Unit> unit(long agencyId, long unitId) {
        return Optional.ofNullable(directory(agencyId).unitsById().get(unitId));
    }

    @Override
    public Optional<Unit> unitByCode(long agencyId, String code) {
        return Optional.ofNullable(directory(agencyId).unitsByCode().get(code.toUpperCase(Locale.ROOT)));
    }

    @Override
    public List<Leader> leaders(long agencyId) {
        return directory(agencyId).leaders();
    }

    @Override
    public Optional<Leader> leader(long agencyId, long leaderId) {
        return directory(agencyId).leaders().stream().filter(l -> l.id() == leaderId).findFirst();
    }

    @Override
    public Optional<Leader> leaderBySlug(long agencyId, String slug) {
        return directory(agencyId).leaders().stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    /** An agency's units and leaders as read at one moment (ADR 0010). */
    private record Directory(List<Unit> units, Map<Long, Unit> unitsById, Map<String, Unit> unitsByCode,
            List<Leader> leaders) {
    }

    private Directory directory(long agencyId) {
        return directories.get(agencyId, this::loadDirectory);
    }

    private Directory loadDirectory(long agencyId) {
        List<Unit> units = jdbc.sql(SELECT_UNIT + " where agency_id = :agency order by sort_order, id")
                .param("agency", agencyId).query(this::mapUnit).list();
        Map<Long, Set<Long>> supervised = new HashMap<>();
        jdbc.sql("""
                select lu.leader_id, lu.unit_id from leader_unit lu join leader l on l.id = lu.leader_id
                where l.agency_id = :agency order by lu.unit_id
                """).param("agency", agencyId)
                .query((ResultSet rs) -> {
                    supervised.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                });
        List<Leader> leaders = jdbc.sql(SELECT_LEADER + " where agency_id = :agency order by sort_order, id")
                .param("agency", agencyId)
                .query((rs, n) -> mapLeader(rs, supervised.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
        var byId = new HashMap<Long, Unit>();
        var byCode = new HashMap<String, Unit>();
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
            byCode.put(unit.code().toUpperCase(Locale.ROOT), unit);
        }
        return new Directory(List.copyOf(units), Map.copyOf(byId), Map.copyOf(byCode), List.copyOf(leaders));
    }

    @Override
    @Transactional
    public OrganizationDirectory.Applied apply(OrganizationDirectory directory, String actor) {
        Optional<Agency> home = homeAgency();
        DirectoryCheck.check(directory, new DirectoryCheck.Known(
                agencies().stream().map(Agency::code).collect(Collectors.toSet()),
                home.map(Agency::code).orElse(null),
                home.map(h -> units(h.id()).stream().map(Unit::code).collect(Collectors.toSet()))
                        .orElse(Set.of())));
        var agencies = new ArrayList<String>();
        long homeId = home.map(Agency::id).orElse(0L);
        for (var a : directory.agencies()) {
            Optional<Agency> existing = agencyByCode(a.code());
            if (existing.isEmpty()) {
                long id = registerAgency(a.code(), a.name().strip(), Agency.Kind.valueOf(a.kind()), list(a.aliases()),
                        a.isHome());
                agencies.add(a.code());
                if (a.isHome()) {
                    homeId = id;
                }
            } else if (a.isHome() && !existing.get().home()) {
                jdbc.sql("update agency set home = true where id = :id").param("id", existing.get().id()).update();
                homeId = existing.get().id();
            }
        }
        var units = new ArrayList<String>();
        int order = units(homeId).size();
        for (var u : directory.units()) {
            if (unitByCode(homeId, u.code()).isEmpty()) {
                Long parent = u.parent() == null ? null : unitByCode(homeId, u.parent()).orElseThrow().id();
                registerUnit(homeId, parent, u.code(), u.name().strip(), Unit.Kind.valueOf(u.kind()), list(u.aliases()),
                        ++order);
                units.add(u.code());
            }
        }
        var leaders = new ArrayList<String>();
        order = leaders(homeId).size();
        for (var l : directory.leaders()) {
            if (leaderBySlug(homeId, l.key()).isEmpty()) {
                long agency = homeId;
                var supervised = list(l.units()).stream().map(code -> unitByCode(agency, code).orElseThrow().id())
                        .toList();
                registerLeader(homeId, l.key(), l.fullName().strip(), Leader.Position.valueOf(l.position()),
                        l.title().strip(), supervised, ++order);
                leaders.add(l.key());
            }
        }
        var applied = new OrganizationDirectory.Applied(homeId, agencies, units, leaders);
        if (!agencies.isEmpty() || !units.isEmpty() || !leaders.isEmpty()) {
            events.publishEvent(new OrganizationImported(homeId, applied, actor));
        }
        return applied;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    @Override
    @Transactional
    public long registerAgency(String code, String name, Agency.Kind kind, Collection<String> aliases, boolean home) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency (code, name, kind, aliases, home) values (:code, :name, :kind, :aliases, :home)")
                .param("code", code).param("name", name).param("kind", kind.name())
                .param("aliases", String.join(ALIAS_SEPARATOR, aliases)).param("home", home)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Override
    @Transactional
    public long registerUnit(long agencyId, Long parentId, String code, String name, Unit.Kind kind,
            Collection<String> aliases, int sortOrder) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into org_unit (agency_id, parent_id, code, name, kind, aliases, sort_order)
                values (:agency, :parent, :code, :name, :kind, :aliases, :sort)
                """)
                .param("agency", agencyId).param("parent", parentId).param("code", code).param("name", name)
                .param("kind", kind.name()).param("aliases", String.join(ALIAS_SEPARATOR, aliases))
                .param("sort", sortOrder)
                .update(keys, "id");
        changed(agencyId);
        return keys.getKeyAs(Number.class).longValue();
    }

    @Override
    @Transactional
    public long registerLeader(long agencyId, String slug, String fullName, Leader.Position position, String title,
            Collection<Long> supervisedUnitIds, int sortOrder) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into leader (agency_id, slug, full_name, position, title, sort_order)
                values (:agency, :slug, :name, :position, :title, :sort)
                """)
                .param("agency", agencyId).param("slug", slug).param("name", fullName)
                .param("position", position.name()).param("title", title).param("sort", sortOrder)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long unitId : supervisedUnitIds) {
            jdbc.sql("insert into leader_unit (leader_id, unit_id) values (:leader, :unit)")
                    .param("leader", id).param("unit", unitId).update();
        }
        changed(agencyId);
        return id;
    }

    private Agency mapAgency(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                Agency.Kind.valueOf(rs.getString("kind")), aliases(rs.getString("aliases")), rs.getBoolean("home"));
    }

    private Unit mapUnit(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Unit(rs.getLong("id"), rs.getLong("agency_id"), parentId, rs.getString("code"),
                rs.getString("name"), Unit.Kind.valueOf(rs.getString("kind")), aliases(rs.getString("aliases")));
    }

    private Leader mapLeader(ResultSet rs, Set<Long> supervised) throws SQLException {
        return new Leader(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("slug"), rs.getString("full_name"),
                Leader.Position.valueOf(rs.getString("position")), rs.getString("title"), supervised);
    }

    private static List<String> aliases(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
