package vn.nhiemvu.identity;

/**
 * The units and leaders an account may be attached to. They are the organization module's, which depends on identity,
 * so identity asks through this interface and organization answers it (identity never reads organization's tables).
 */
public interface AccountAffiliations {

    boolean hasUnit(long agencyId, long unitId);

    boolean hasLeader(long agencyId, long leaderId);
}
