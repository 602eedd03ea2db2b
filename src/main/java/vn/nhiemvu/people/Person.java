package vn.nhiemvu.people;

/** A civil servant as the sheets name them: a staff account of a unit ({@code identity}'s), with the unit's name. */
public record Person(long id, String username, String displayName, Long unitId, String unitName) {
}
