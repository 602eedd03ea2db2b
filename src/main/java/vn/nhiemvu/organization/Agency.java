package vn.nhiemvu.organization;

import java.util.List;

/** An organisation: the Government, the Prime Minister, a ministry, a province's People's Committee. */
public record Agency(long id, String code, String name, Kind kind, List<String> aliases, boolean home) {

    public enum Kind {
        GOVERNMENT, PRIME_MINISTER, MINISTRY, GOVERNMENT_BODY, PROVINCE, OTHER
    }
}
