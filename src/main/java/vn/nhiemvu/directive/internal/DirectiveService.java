package vn.nhiemvu.directive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveEvent;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.DirectivePermissions;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Text;

@Service
@Transactional(readOnly = true)
class DirectiveService implements Directives {

    static final int MAX_NUMBER = 64;
    static final int MAX_SIGNER = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_FULL_TEXT = 1_000_000;

    private static final String SELECT = """
            select id, agency_id, kind, number, issuer_agency_id, issue_date, signer, summary, full_text, extension_cutoff,
                   version
            from directive
            """;

    private final JdbcClient jdbc;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectiveService(JdbcClient jdbc, Organization organization, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Directive record(CurrentUser user, NewDirective input) {
        Checked checked = check(user, input, null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into directive (agency_id, kind, number, issuer_agency_id, issue_date, signer, summary,
                                       full_text, extension_cutoff, search_text, created_at, created_by, version)
                values (:agency, :kind, :number, :issuer, :issueDate, :signer, :summary, :fullText, :cutoff, :search,
                        :now, :by, 0)
                """)
                .param("agency", user.agencyId()).params(checked.params(input))
                .param("now", OffsetDateTime.now(clock)).param("by", user.username())
                .update(keys, "id");
        Directive directive = find(user.agencyId(), keys.getKeyAs(Number.class).longValue()).orElseThrow();
        events.publishEvent(new DirectiveEvent.DirectiveRecorded(directive, user.username()));
        return directive;
    }

    @Override
    @Transactional
    public Directive update(CurrentUser user, long id, long expectedVersion, NewDirective input) {
        Directive before = find(user, id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản số " + id + "."));
        if (before.version() != expectedVersion) {
            throw stale(id);
        }
        Checked checked = check(user, input, id);
        int updated = jdbc.sql("""
                update directive set kind = :kind, number = :number, issuer_agency_id = :issuer,
                    issue_date = :issueDate, signer = :signer, summary = :summary, full_text = :fullText,
                    extension_cutoff = :cutoff, search_text = :search, version = version + 1
                where agency_id = :agency and id = :id and version = :version
                """)
                .param("agency", user.agencyId()).param("id", id).param("version", expectedVersion)
                .params(checked.params(input))
                .update();
        if (updated == 0) {
            throw stale(id);
        }
        Directive after = find(user.agencyId(), id).orElseThrow();
        events.publishEvent(new DirectiveEvent.DirectiveUpdated(before, after, user.username()));
        return after;
    }

    private static ConflictException stale(long id) {
        return new ConflictException(ConflictException.Kind.STALE_VERSION,
                "Văn bản số " + id + " đã được người khác sửa; hãy tải lại rồi sửa tiếp.");
    }

    /** The checked values to store, with the parameters of both statements. */
    private record Checked(String number, String summary, long issuerId) {

        java.util.Map<String, Object> params(NewDirective input) {
            var params = new java.util.HashMap<String, Object>();
            params.put("kind", input.kind().name());
            params.put("number", number);
            params.put("issuer", issuerId);
            params.put("issueDate", input.issueDate());
            params.put("signer", blankToNull(input.signer()));
            params.put("summary", summary);
            params.put("fullText", blankToNull(input.fullText()));
            params.put("cutoff", input.extensionCutoff());
            params.put("search", Text.fold(number + " " + summary));
            return params;
        }
    }

    /** Checks every field, collecting all errors; {@code self} is the directive being edited, if any. */
    private Checked check(CurrentUser user, NewDirective input, Long self) {
        DirectivePermissions.POLICY.checkAny(user, DirectivePermissions.Action.WRITE);
        var errors = new InvalidInputException.Collector();
        if (input.kind() == null) {
            errors.add("kind", "Chưa chọn loại văn bản.");
        }
        String number = input.number() == null ? "" : input.number().strip();
        if (number.isEmpty()) {
            errors.add("number", "Số, ký hiệu văn bản không được để trống.");
        } else if (number.length() > MAX_NUMBER) {
            errors.add("number", "Số, ký hiệu dài quá " + MAX_NUMBER + " ký tự.");
        } else if (findByNumber(user.agencyId(), number).filter(d -> self == null || d.id() != self).isPresent()) {
            errors.add("number", "Văn bản số " + number + " đã có trong hệ thống.");
        }
        Optional<Agency> issuer = issuer(input, errors);
        LocalDate today = LocalDate.now(clock);
        if (input.issueDate() == null) {
            errors.add("issueDate", "Chưa nhập ngày ban hành.");
        } else if (input.issueDate().isAfter(today)) {
            errors.add("issueDate", "Ngày ban hành không được sau ngày hôm nay.");
        }
        String summary = input.summary() == null ? "" : input.summary().strip();
        if (summary.isEmpty()) {
            errors.add("summary", "Trích yếu không được để trống.");
        } else if (summary.length() > MAX_SUMMARY) {
            errors.add("summary", "Trích yếu dài quá " + MAX_SUMMARY + " ký tự.");
        }
        if (input.signer() != null && input.signer().length() > MAX_SIGNER) {
            errors.add("signer", "Tên người ký dài quá " + MAX_SIGNER + " ký tự.");
        }
        if (input.extensionCutoff() != null && input.issueDate() != null
                && input.extensionCutoff().isBefore(input.issueDate())) {
            errors.add("extensionCutoff", "Thời điểm chốt đề nghị gia hạn không được trước ngày ban hành.");
        }
        if (input.fullText() != null && input.fullText().length() > MAX_FULL_TEXT) {
            errors.add("fullText", "Toàn văn dài quá " + MAX_FULL_TEXT + " ký tự.");
        }
        errors.throwIfAny();
        return new Checked(number, summary, issuer.orElseThrow().id());
    }

    private Optional<Agency> issuer(NewDirective input, InvalidInputException.Collector errors) {
        Optional<Agency> issuer = Optional.empty();
        if (input.issuerAgencyId() != null) {
            issuer = organization.agency(input.issuerAgencyId());
        } else if (input.issuerAgencyCode() != null && !input.issuerAgencyCode().isBlank()) {
            issuer = organization.agencyByCode(input.issuerAgencyCode().strip());
        } else {
            errors.add("issuer", "Chưa chọn cơ quan ban hành.");
            return issuer;
        }
        if (issuer.isEmpty()) {
            errors.add("issuer", "Không tìm thấy cơ quan ban hành "
                    + (input.issuerAgencyId() != null ? "số " + input.issuerAgencyId() : "\"" + input.issuerAgencyCode() + "\"") + ".");
        }
        return issuer;
    }

    @Override
    public Optional<Directive> find(CurrentUser user, long id) {
        return find(user.agencyId(), id);
    }

    private Optional<Directive> find(long agencyId, long id) {
        return jdbc.sql(SELECT + " where agency_id = :agency and id = :id").param("agency", agencyId).param("id", id)
                .query(DirectiveService::directive).optional();
    }

    @Override
    public Optional<Directive> findByNumber(long agencyId, String number) {
        return jdbc.sql(SELECT + " where agency_id = :agency and number = :number")
                .param("agency", agencyId).param("number", number).query(DirectiveService::directive).optional();
    }

    @Override
    public List<Directive> list(CurrentUser user, String query) {
        String folded = Text.fold(query);
        return jdbc.sql(SELECT + """
                 where agency_id = :agency and (:q = '' or search_text like :pattern)
                order by issue_date desc, id desc
                """).param("agency", user.agencyId()).param("q", folded).param("pattern", "%" + folded + "%")
                .query(DirectiveService::directive).list();
    }

    @Override
    public Map<Long, Directive> byIds(long agencyId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where agency_id = :agency and id in (:ids)")
                .param("agency", agencyId).param("ids", List.copyOf(ids))
                .query(DirectiveService::directive).list().stream()
                .collect(Collectors.toMap(Directive::id, Function.identity()));
    }

    private static Directive directive(ResultSet rs, int row) throws SQLException {
        return new Directive(rs.getLong("id"), rs.getLong("agency_id"), DirectiveKind.valueOf(rs.getString("kind")),
                rs.getString("number"), rs.getLong("issuer_agency_id"), rs.getObject("issue_date", LocalDate.class),
                rs.getString("signer"), rs.getString("summary"), rs.getString("full_text"),
                rs.getObject("extension_cutoff", LocalDate.class), rs.getLong("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
