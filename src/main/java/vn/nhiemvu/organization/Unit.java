package vn.nhiemvu.organization;

import java.util.List;

/** A unit inside an agency (Vụ, Cục, Viện, Trung tâm, Văn phòng, Thanh tra); units form a tree. */
public record Unit(long id, long agencyId, Long parentId, String code, String name, Kind kind, List<String> aliases) {

    public enum Kind {
        OFFICE, LEGAL, DEPARTMENT, AGENCY_DEPARTMENT, INSPECTORATE, INSTITUTE, CENTRE, OTHER
    }
}
