package vn.nhiemvu.area;

/**
 * One of an agency's management areas (seed 004: the law, strategy and planning, standards…).
 *
 * @param focalUnitId the unit of the directory that answers for the area (đầu mối); null when the seed names no one
 *                    unit ("các Vụ, Cục quản lý chuyên ngành")
 * @param focalNote   the focal point in words, as the agency wrote it, when a unit alone does not say it all
 * @param sortOrder   the area's place in lists, smallest first
 */
public record ManagementArea(long id, long agencyId, String code, String name, Long focalUnitId, String focalNote,
        int sortOrder) {
}
