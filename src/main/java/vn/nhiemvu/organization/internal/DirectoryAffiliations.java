package vn.nhiemvu.organization.internal;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.AccountAffiliations;
import vn.nhiemvu.organization.Organization;

/** Answers identity from the agency's directory (cached, ADR 0010). */
@Component
class DirectoryAffiliations implements AccountAffiliations {

    private final Organization organization;

    DirectoryAffiliations(Organization organization) {
        this.organization = organization;
    }

    @Override
    public boolean hasUnit(long agencyId, long unitId) {
        return organization.unit(agencyId, unitId).isPresent();
    }

    @Override
    public boolean hasLeader(long agencyId, long leaderId) {
        return organization.leader(agencyId, leaderId).isPresent();
    }
}
