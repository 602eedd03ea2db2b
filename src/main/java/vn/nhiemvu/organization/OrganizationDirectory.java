package vn.nhiemvu.organization;

import java.util.List;

/**
 * Agencies, the home agency's units and its leaders, as a file sets up an installation (JSON; the demo's
 * {@code demo/organization.json} is one). Entries are matched by code (leaders by key): applying a directory adds
 * what is missing and leaves what exists as it is, so the same file can be applied again.
 */
public record OrganizationDirectory(List<AgencyEntry> agencies, List<UnitEntry> units, List<LeaderEntry> leaders) {

    public OrganizationDirectory {
        agencies = agencies == null ? List.of() : agencies;
        units = units == null ? List.of() : units;
        leaders = leaders == null ? List.of() : leaders;
    }

    /** @param kind an {@link Agency.Kind}; @param home true for the one agency this installation serves */
    public record AgencyEntry(String code, String name, String kind, List<String> aliases, Boolean home) {

        public boolean isHome() {
            return Boolean.TRUE.equals(home);
        }
    }

    /** A unit of the home agency; @param parent the code of the unit above it, listed before it, or null. */
    public record UnitEntry(String code, String name, String kind, String parent, List<String> aliases) {
    }

    /** A leader of the home agency; @param key a stable slug; @param units codes of the units they supervise. */
    public record LeaderEntry(String key, String fullName, String position, String title, List<String> units) {
    }

    /** What applying a directory added, by code. */
    public record Applied(long homeAgencyId, List<String> agencies, List<String> units, List<String> leaders) {
    }
}
