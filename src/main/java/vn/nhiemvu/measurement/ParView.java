package vn.nhiemvu.measurement;

import java.util.Map;

/**
 * The sheet as a reader sees it, with the units' codes and names by id and the criteria the reader may score.
 *
 * @param assessable the ids of the criteria the reader may self-assess
 */
public record ParView(ParSheet sheet, Map<Long, String> unitCodes, Map<Long, String> unitNames,
        java.util.Set<Long> assessable, boolean mayDefine) {
}
