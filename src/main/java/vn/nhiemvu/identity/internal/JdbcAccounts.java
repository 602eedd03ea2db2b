package vn.nhiemvu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
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

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;

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

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
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
                .param("hash", passwordEncoder.encode(rawPassword)).param("name", displayName)
                .param("role", role.name()).param("unit", unitId).param("leader", leaderId).param("demo", demo)
                .param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Override
    public Optional<CurrentUser> find(String username) {
        return details(username).map(AccountDetails::user);
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
