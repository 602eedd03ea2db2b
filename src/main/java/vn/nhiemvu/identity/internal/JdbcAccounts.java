package vn.nhiemvu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSession;

import vn.nhiemvu.identity.AccountAffiliations;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
class JdbcAccounts implements Accounts, UserDetailsService {

    static final String SELECT_USER = """
            select u.id, u.username, u.display_name, u.role, u.agency_id, u.unit_id, u.leader_id,
                   u.password_hash, u.enabled
            from app_user u
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private volatile DemoHash demoHash;

    private final JdbcApiTokens tokens;
    private final AccountAffiliations affiliations;
    private final PasswordPolicy passwords = PasswordPolicy.standard();

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock, JdbcApiTokens tokens,
            AccountAffiliations affiliations) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.tokens = tokens;
        this.affiliations = affiliations;
    }

    @Override
    @Transactional
    public long register(long agencyId, String username, String rawPassword, String displayName, Role role,
            Long unitId, Long leaderId, boolean demo) {
        // Builds the record first so that an inconsistent role/unit/leader never reaches the table.
        new CurrentUser(0, username, displayName, role, agencyId, unitId, leaderId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (agency_id, username, password_hash, display_name, role, unit_id, leader_id,
                                      demo, created_at)
                values (:agency, :username, :hash, :name, :role, :unit, :leader, :demo, :now)
                """)
                .param("agency", agencyId).param("username", username)
                .param("hash", demo ? demoHash(rawPassword) : passwordEncoder.encode(rawPassword))
                .param("name", displayName)
                .param("role", role.name()).param("unit", unitId).param("leader", leaderId).param("demo", demo)
                .param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Demo accounts share one published password, so they share one hash: a bcrypt costs ~0.1 s of CPU,
     * and hashing it once per account made up a third of the first start.
     */
    private String demoHash(String rawPassword) {
        var known = demoHash;
        if (known == null || !known.password().equals(rawPassword)) {
            known = new DemoHash(rawPassword, passwordEncoder.encode(rawPassword));
            demoHash = known;
        }
        return known.hash();
    }

    private record DemoHash(String password, String hash) {
    }

    /** The enabled demo accounts whose password is still {@code rawPassword} (refused in production). */
    List<String> enabledDemoAccountsWithPassword(String rawPassword) {
        return jdbc.sql("select username, password_hash from app_user where enabled = true and demo = true")
                .query((rs, n) -> passwordEncoder.matches(rawPassword, rs.getString(2)) ? rs.getString(1) : null)
                .list().stream().filter(Objects::nonNull).toList();
    }

    @Override
    @Transactional
    public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
        AccountDetails account = details(user.username()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPassword())) {
            throw InvalidInputException.of("currentPassword", Message.of("invalid.identity.current-password.invalid"));
        }
        setPassword(user.username(), newPassword, "newPassword");
        revokeCredentials(user.username(), currentSessionId());
    }

    @Override
    @Transactional
    public void resetPassword(CurrentUser admin, String username, String newPassword) {
        requireAdmin(admin);
        if (details(username).filter(a -> a.user().agencyId() == admin.agencyId()).isEmpty()) {
            throw new NotFoundException(Message.of("notfound.identity.account.unknown", username));
        }
        setPassword(username, newPassword, "password");
        revokeCredentials(username, null);
    }

    @Override
    @Transactional
    public CurrentUser create(CurrentUser admin, String username, String password, String displayName, Role role,
            Long unitId, Long leaderId) {
        requireAdmin(admin);
        if (role == Role.RESPONDENT) {
            // Such an account belongs to an outside agency, which only a proposal round names (ADR 0035).
            throw InvalidInputException.of("role", Message.of("invalid.identity.role.invalid"));
        }
        return checkedRegister(admin.agencyId(), username, password, displayName, role, unitId, leaderId);
    }

    @Override
    @Transactional
    public CurrentUser createRespondent(long agencyId, String username, String password, String displayName) {
        return checkedRegister(agencyId, username, password, displayName, Role.RESPONDENT, null, null);
    }

    private CurrentUser checkedRegister(long agencyId, String username, String password, String displayName,
            Role role, Long unitId, Long leaderId) {
        var errors = new InvalidInputException.Collector();
        if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
            errors.add("username", Message.of("invalid.identity.username.invalid"));
        } else if (details(username).isPresent()) {
            errors.add("username", Message.of("invalid.identity.username.taken", username));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            errors.add("displayName", Message.of("invalid.identity.display-name.required"));
        }
        if (role == null) {
            errors.add("role", Message.of("invalid.identity.role.required"));
        } else if (role == Role.UNIT && unitId == null) {
            errors.add("unit", Message.of("invalid.identity.unit.invalid"));
        } else if (role == Role.LEADER && leaderId == null) {
            errors.add("leader", Message.of("invalid.identity.leader.invalid"));
        }
        if (unitId != null && !affiliations.hasUnit(agencyId, unitId)) {
            errors.add("unit", Message.of("invalid.identity.unit.unknown", unitId));
        }
        if (leaderId != null && !affiliations.hasLeader(agencyId, leaderId)) {
            errors.add("leader", Message.of("invalid.identity.leader.unknown", leaderId));
        }
        Message weak = passwords.weakness(username, password);
        if (weak != null) {
            errors.add("password", weak);
        }
        errors.throwIfAny();
        register(agencyId, username, password, displayName.strip(), role, unitId, leaderId, false);
        return find(username).orElseThrow();
    }

    private void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new ForbiddenException(Message.of("forbidden.identity.accounts.admin-only"));
        }
    }

    private void setPassword(String username, String newPassword, String field) {
        Message weak = passwords.weakness(username, newPassword);
        if (weak != null) {
            throw InvalidInputException.of(field, weak);
        }
        // A changed password is no longer the demo one, so the account no longer blocks a production start.
        jdbc.sql("update app_user set password_hash = :hash, demo = false where username = :username")
                .param("hash", passwordEncoder.encode(newPassword)).param("username", username).update();
    }

    /**
     * Whoever knew the old password may have signed in or made a token with it: both end with it.
     * Sessions are rows of identity's own Spring Session tables, deleted in this transaction.
     */
    private void revokeCredentials(String username, String keptSessionId) {
        tokens.revokeAll(username);
        jdbc.sql("delete from spring_session where principal_name = :username and session_id <> :kept")
                .param("username", username).param("kept", keptSessionId == null ? "" : keptSessionId).update();
    }

    /** The session of the person changing their own password, which stays signed in. */
    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    @Override
    public Optional<CurrentUser> find(String username) {
        return details(username).map(AccountDetails::user);
    }

    @Override
    public java.util.List<CurrentUser> members(long agencyId, Role role, Long unitId, Long leaderId) {
        return jdbc.sql(SELECT_USER + """
                 where u.agency_id = :agency and u.role = :role and u.enabled
                   and (cast(:unit as bigint) is null or u.unit_id = :unit)
                   and (cast(:leader as bigint) is null or u.leader_id = :leader)
                order by u.username""")
                .param("agency", agencyId).param("role", role.name()).param("unit", unitId).param("leader", leaderId)
                .query(JdbcAccounts::accountDetails).list().stream().map(AccountDetails::user).toList();
    }

    @Override
    public Optional<CurrentUser> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountDetails account
                ? Optional.of(account.user())
                : Optional.empty();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return details(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private Optional<AccountDetails> details(String username) {
        return jdbc.sql(SELECT_USER + " where u.username = :username").param("username", username)
                .query(JdbcAccounts::accountDetails).optional();
    }

    static AccountDetails accountDetails(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        long leader = rs.getLong("leader_id");
        Long leaderId = rs.wasNull() ? null : leader;
        var user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getLong("agency_id"), unitId, leaderId);
        return new AccountDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
